package io.lodestar.pmo.engine.risk;

/**
 * The objective a risk impact is rated against. A rating may cover any subset; the worst rated
 * dimension drives the score (see {@code RiskAssessor}). Declaration order is the tie-break order.
 */
public enum ImpactDimension {
  COST,
  SCHEDULE,
  SCOPE,
  QUALITY
}
