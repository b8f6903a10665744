package io.lodestar.pmo.engine.risk.scoring;

/**
 * The family of a scoring model: {@link #FORMULA} (score = probability value × impact value),
 * {@link #LOOKUP} (a band and score configured per cell), {@link #RPN} (severity × occurrence ×
 * detectability).
 */
public enum ModelKind {
  FORMULA,
  LOOKUP,
  RPN
}
