package io.lodestar.pmo.engine.risk.exposure;

import java.util.List;

/**
 * The simulated exposure of a register in one dimension: the distribution of the total impact over
 * the trials, its closed-form expected monetary value, and the risks' contributions. All amounts
 * are in the units of {@link #dimension}: currency units for cost, working days for schedule.
 *
 * @param dimension the dimension, not null
 * @param percentiles the nearest-rank P50, P80 and P95 of the trial totals, not null (see {@link
 *     Percentiles})
 * @param mean the mean of the trial totals
 * @param standardDeviation the sample standard deviation of the trial totals (divisor n − 1; zero
 *     for a single trial)
 * @param min the smallest trial total
 * @param max the largest trial total
 * @param emv the closed-form expected monetary value of the total: the sum over risks of
 *     probability × mean impact (the number {@link #mean} estimates)
 * @param contributions one entry per risk that has an estimate in this dimension, sorted by {@link
 *     RiskContribution#varianceShare()} descending, then {@link RiskContribution#emv()} descending,
 *     then key; not null, unmodifiable
 */
public record DimensionExposure(
    ExposureDimension dimension,
    Percentiles percentiles,
    double mean,
    double standardDeviation,
    double min,
    double max,
    double emv,
    List<RiskContribution> contributions) {

  /**
   * Validates and copies.
   *
   * @throws IllegalArgumentException if {@code dimension}, {@code percentiles} or {@code
   *     contributions} is null
   */
  public DimensionExposure {
    if (dimension == null) {
      throw new IllegalArgumentException("dimension must not be null");
    }
    if (percentiles == null) {
      throw new IllegalArgumentException("percentiles must not be null");
    }
    if (contributions == null) {
      throw new IllegalArgumentException("contributions must not be null");
    }
    contributions = List.copyOf(contributions);
  }

  /** Returns the exposure of a dimension in which no risk has an impact: every figure zero. */
  public static DimensionExposure none(ExposureDimension dimension) {
    return new DimensionExposure(dimension, Percentiles.ZERO, 0.0, 0.0, 0.0, 0.0, 0.0, List.of());
  }

  /** The median trial total. */
  public double p50() {
    return percentiles.p50();
  }

  /** The 80th percentile of the trial totals. */
  public double p80() {
    return percentiles.p80();
  }

  /** The 95th percentile of the trial totals. */
  public double p95() {
    return percentiles.p95();
  }
}
