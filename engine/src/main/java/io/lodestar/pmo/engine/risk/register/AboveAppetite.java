package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.util.List;

/**
 * Risks above appetite.
 *
 * @param count how many active risks are above their project's appetite
 * @param worst up to the accumulator's limit of them, worst first ({@link RiskRanking})
 */
public record AboveAppetite(long count, List<AssessedRisk> worst) {

  public AboveAppetite {
    worst = List.copyOf(worst);
  }
}
