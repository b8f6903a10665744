package io.lodestar.pmo.engine.forecast;

import java.util.Objects;

/**
 * "When will these N items be done": percentiles of the working days the trials needed, by nearest
 * rank (the smallest trial value that at least q % of the trials do not exceed). A percentile that
 * falls among trials that did not finish within the horizon is {@code horizonDays + 1}, read
 * "beyond the horizon" ({@link #isBeyondHorizon}).
 *
 * @param items the number of items forecast
 * @param p50 working days by which half of the trials were done
 * @param p70 70th percentile, not below {@code p50}
 * @param p85 85th percentile, not below {@code p70}
 * @param p95 95th percentile, not below {@code p85}
 * @param trials number of trials
 * @param beyondHorizon trials that had not finished the items within the horizon
 * @param horizonDays the settings' horizon
 */
public record WhenForecast(
    int items, int p50, int p70, int p85, int p95, int trials, int beyondHorizon, int horizonDays) {

  public WhenForecast {
    if (!(p50 <= p70 && p70 <= p85 && p85 <= p95)) {
      throw new IllegalArgumentException("percentiles must be ordered");
    }
    if (beyondHorizon < 0 || beyondHorizon > trials) {
      throw new IllegalArgumentException("beyondHorizon must be within [0, trials]");
    }
  }

  /** Whether a percentile value means "not within the horizon". */
  public boolean isBeyondHorizon(int percentileValue) {
    return percentileValue > horizonDays;
  }

  static WhenForecast ofSorted(int items, int[] sortedDays, int horizonDays) {
    Objects.requireNonNull(sortedDays, "sortedDays");
    int beyond = 0;
    for (int i = sortedDays.length - 1; i >= 0 && sortedDays[i] > horizonDays; i--) {
      beyond++;
    }
    return new WhenForecast(
        items,
        NearestRank.of(sortedDays, 50),
        NearestRank.of(sortedDays, 70),
        NearestRank.of(sortedDays, 85),
        NearestRank.of(sortedDays, 95),
        sortedDays.length,
        beyond,
        horizonDays);
  }
}
