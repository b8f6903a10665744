package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import java.util.List;
import java.util.Objects;

/**
 * A summary over several projects.
 *
 * @param summary the combined summary (hidden counts summed over projects)
 * @param unconfiguredProjectKeys requested projects without risk settings (or whose model is gone),
 *     which were skipped; never null
 */
public record PortfolioRiskSummary(RegisterSummary summary, List<String> unconfiguredProjectKeys) {

  public PortfolioRiskSummary {
    Objects.requireNonNull(summary, "summary");
    unconfiguredProjectKeys = List.copyOf(unconfiguredProjectKeys);
  }
}
