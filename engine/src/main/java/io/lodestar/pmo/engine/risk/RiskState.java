package io.lodestar.pmo.engine.risk;

/**
 * Which rating of a risk is meant: before treatment (inherent), after the planned or current
 * treatment (residual), or the level the owner is aiming for (target).
 */
public enum RiskState {
  INHERENT,
  RESIDUAL,
  TARGET
}
