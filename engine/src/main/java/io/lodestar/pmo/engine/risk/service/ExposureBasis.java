package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;

/**
 * Which probability of each risk an exposure simulation draws occurrences from. Impacts always come
 * from the risk's three-point cost and schedule estimates, which have no inherent/residual split.
 */
public enum ExposureBasis {

  /** Before treatment: the exposure the project would carry with no mitigation. */
  INHERENT,

  /**
   * After treatment: the residual probability. Risks without a residual probability are left out
   * (counted as excluded for lack of a probability), as the register does not guess it.
   */
  RESIDUAL,

  /**
   * What the project faces now, as the register shows it: the residual rating when it is scored,
   * otherwise the inherent one ({@link AssessedRisk#currentState()}). The default.
   */
  CURRENT;

  /** The rating state this basis reads for {@code assessed}. */
  RiskState stateOf(AssessedRisk assessed) {
    return switch (this) {
      case INHERENT -> RiskState.INHERENT;
      case RESIDUAL -> RiskState.RESIDUAL;
      case CURRENT -> assessed.currentState();
    };
  }
}
