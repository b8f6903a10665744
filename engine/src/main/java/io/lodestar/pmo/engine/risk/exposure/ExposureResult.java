package io.lodestar.pmo.engine.risk.exposure;

/**
 * The result of one exposure simulation: what was run and the exposure in each dimension.
 *
 * @param trials the number of trials run, at least 1
 * @param seed the seed used; rerunning the same register with the same settings reproduces this
 *     result exactly
 * @param distribution the impact distribution used, not null
 * @param cost the cost exposure, in currency units, not null
 * @param schedule the schedule exposure, in working days, not null
 */
public record ExposureResult(
    int trials,
    long seed,
    ImpactDistribution distribution,
    DimensionExposure cost,
    DimensionExposure schedule) {

  /**
   * Validates the result.
   *
   * @throws IllegalArgumentException naming the field if a component is null or {@code trials} is
   *     not positive
   */
  public ExposureResult {
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be positive but was " + trials);
    }
    if (distribution == null) {
      throw new IllegalArgumentException("distribution must not be null");
    }
    if (cost == null || cost.dimension() != ExposureDimension.COST) {
      throw new IllegalArgumentException("cost must be a non-null COST exposure");
    }
    if (schedule == null || schedule.dimension() != ExposureDimension.SCHEDULE) {
      throw new IllegalArgumentException("schedule must be a non-null SCHEDULE exposure");
    }
  }

  /** Returns {@link #cost} or {@link #schedule}, whichever {@code dimension} names. */
  public DimensionExposure exposure(ExposureDimension dimension) {
    return switch (dimension) {
      case COST -> cost;
      case SCHEDULE -> schedule;
    };
  }
}
