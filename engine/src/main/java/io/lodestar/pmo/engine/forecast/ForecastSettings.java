package io.lodestar.pmo.engine.forecast;

/**
 * How a forecast simulates.
 *
 * @param trials number of trials, 100 to {@link #MAX_TRIALS}
 * @param seed the random seed; the same seed and inputs give the same forecast
 * @param horizonDays the most working days a "when" trial runs before it is counted as beyond the
 *     horizon, 1 to {@link ThroughputHistory#MAX_DAYS}
 */
public record ForecastSettings(int trials, long seed, int horizonDays) {

  public static final int MAX_TRIALS = 100_000;
  public static final int DEFAULT_TRIALS = 10_000;

  public ForecastSettings {
    if (trials < 100 || trials > MAX_TRIALS) {
      throw new IllegalArgumentException(
          "trials must be within [100, " + MAX_TRIALS + "] but was " + trials);
    }
    if (horizonDays < 1 || horizonDays > ThroughputHistory.MAX_DAYS) {
      throw new IllegalArgumentException(
          "horizonDays must be within [1, "
              + ThroughputHistory.MAX_DAYS
              + "] but was "
              + horizonDays);
    }
  }

  /** 10,000 trials, the given seed, a horizon of ten years of working days. */
  public static ForecastSettings of(long seed) {
    return new ForecastSettings(DEFAULT_TRIALS, seed, ThroughputHistory.MAX_DAYS);
  }
}
