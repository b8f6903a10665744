package io.lodestar.pmo.engine.forecast;

import java.util.Objects;

/**
 * The plain "when" forecast beside the same trials with the scope's schedule risks folded in, both
 * in working days (nearest-rank P50/P80/P95). A trial's risk delay is the sum of the impacts of the
 * risks that occurred in it.
 *
 * @param plain percentiles of the throughput dates alone
 * @param adjusted percentiles of the same dates moved by each trial's risk delay
 * @param risks number of schedule risks folded in
 * @param trials number of trials
 * @param beyondHorizon trials whose throughput date was beyond the horizon (they stay beyond it)
 */
public record RiskAdjustedForecast(
    DayPercentiles plain, DayPercentiles adjusted, int risks, int trials, int beyondHorizon) {

  public RiskAdjustedForecast {
    Objects.requireNonNull(plain, "plain");
    Objects.requireNonNull(adjusted, "adjusted");
  }

  /**
   * Nearest-rank percentiles in working days (fractional when risk impacts are).
   *
   * @param p50 median
   * @param p80 80th percentile
   * @param p95 95th percentile
   */
  public record DayPercentiles(double p50, double p80, double p95) {
    public DayPercentiles {
      if (!(p50 <= p80 && p80 <= p95)) {
        throw new IllegalArgumentException("percentiles must be ordered");
      }
    }

    static DayPercentiles ofSorted(double[] sorted) {
      return new DayPercentiles(
          NearestRank.of(sorted, 50), NearestRank.of(sorted, 80), NearestRank.of(sorted, 95));
    }
  }
}
