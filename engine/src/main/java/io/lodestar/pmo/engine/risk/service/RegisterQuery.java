package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import java.util.Objects;

/**
 * A register page request. Validated by the service: {@code startAt ≥ 0}, {@code 1 ≤ maxResults ≤
 * }{@value RiskRegisterService#MAX_PAGE_SIZE}, {@code startAt + maxResults ≤ }{@value
 * RiskRegisterService#MAX_WINDOW}.
 *
 * @param filter which rows; never null
 * @param sort their order; never null
 * @param startAt 0-based first row
 * @param maxResults page size
 */
public record RegisterQuery(RegisterFilter filter, RegisterSort sort, int startAt, int maxResults) {

  public RegisterQuery {
    Objects.requireNonNull(filter, "filter");
    Objects.requireNonNull(sort, "sort");
  }

  /** The first {@code maxResults} rows of everything, worst first. */
  public static RegisterQuery firstPage(int maxResults) {
    return new RegisterQuery(RegisterFilter.ALL, RegisterSort.DEFAULT, 0, maxResults);
  }
}
