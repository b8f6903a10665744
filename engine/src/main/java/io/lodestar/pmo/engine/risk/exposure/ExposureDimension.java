package io.lodestar.pmo.engine.risk.exposure;

/**
 * The two dimensions in which a risk's impact is estimated in quantities (three-point estimates)
 * and simulated. Not the rating dimensions of {@link io.lodestar.pmo.engine.risk.ImpactDimension}
 * (cost, schedule, scope, quality), which are rated on a scale, not estimated.
 */
public enum ExposureDimension {
  /** Cost impact, in currency units (the register's single currency). */
  COST,

  /** Schedule impact, in working days. */
  SCHEDULE;

  /**
   * Returns the estimate of {@code risk} in this dimension.
   *
   * @param risk the risk, not null
   * @return its cost or schedule estimate; {@code null} when the risk has no impact in this
   *     dimension
   */
  public ThreePointEstimate estimateOf(RiskExposureInput risk) {
    return switch (this) {
      case COST -> risk.cost();
      case SCHEDULE -> risk.schedule();
    };
  }
}
