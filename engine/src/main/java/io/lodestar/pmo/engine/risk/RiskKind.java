package io.lodestar.pmo.engine.risk;

/** Whether a risk is a threat (negative effect on objectives) or an opportunity (positive). */
public enum RiskKind {
  THREAT,
  OPPORTUNITY
}
