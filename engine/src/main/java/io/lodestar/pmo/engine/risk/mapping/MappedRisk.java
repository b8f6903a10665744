package io.lodestar.pmo.engine.risk.mapping;

import io.lodestar.pmo.engine.risk.Risk;
import java.util.List;
import java.util.Objects;

/**
 * The result of mapping one raw record: the risk (always present) and what could not be mapped.
 *
 * @param risk the risk; never null
 * @param problems problems found, in field order; never null, empty when all mapped cleanly
 */
public record MappedRisk(Risk risk, List<MappingProblem> problems) {

  public MappedRisk {
    Objects.requireNonNull(risk, "risk");
    problems = List.copyOf(problems);
  }

  /** True when nothing went wrong. */
  public boolean isClean() {
    return problems.isEmpty();
  }
}
