package io.lodestar.pmo.engine.risk.exposure;

/**
 * The 50th, 80th and 95th percentiles of a simulated total, in the units of its dimension (currency
 * units for cost, working days for schedule).
 *
 * <p><b>Method: nearest rank.</b> With the n trial totals sorted ascending as x(1) ≤ … ≤ x(n), the
 * q-th percentile is x(⌈q·n/100⌉): the smallest simulated total that at least q % of the trials do
 * not exceed. It is always one of the simulated values (no interpolation), so "P80 = 120 000" reads
 * "in 80 % of the trials the total was at most 120 000". The rank is computed in integer
 * arithmetic, so it has no rounding error.
 *
 * @param p50 the median, finite
 * @param p80 the 80th percentile, finite, not less than {@code p50}
 * @param p95 the 95th percentile, finite, not less than {@code p80}
 */
public record Percentiles(double p50, double p80, double p95) {

  /** All three percentiles zero: the percentiles of a register that never costs anything. */
  public static final Percentiles ZERO = new Percentiles(0.0, 0.0, 0.0);

  /**
   * Validates the percentiles.
   *
   * @throws IllegalArgumentException naming the field if a value is not finite or they are not
   *     ordered {@code p50 <= p80 <= p95}
   */
  public Percentiles {
    if (!Double.isFinite(p50) || !Double.isFinite(p80) || !Double.isFinite(p95)) {
      throw new IllegalArgumentException(
          "p50, p80 and p95 must be finite but were " + p50 + ", " + p80 + ", " + p95);
    }
    if (p50 > p80) {
      throw new IllegalArgumentException("p50 (" + p50 + ") must not exceed p80 (" + p80 + ")");
    }
    if (p80 > p95) {
      throw new IllegalArgumentException("p80 (" + p80 + ") must not exceed p95 (" + p95 + ")");
    }
  }

  /**
   * Takes the nearest-rank P50, P80 and P95 of a sample.
   *
   * @param sortedAscending the sample sorted ascending, not empty; not modified
   * @throws IllegalArgumentException if the sample is empty
   */
  public static Percentiles ofSorted(double[] sortedAscending) {
    return new Percentiles(
        nearestRank(sortedAscending, 50),
        nearestRank(sortedAscending, 80),
        nearestRank(sortedAscending, 95));
  }

  /**
   * Returns the nearest-rank {@code percent}-th percentile x(⌈percent·n/100⌉) of a sample.
   *
   * @param sortedAscending the sample sorted ascending, not empty; not modified
   * @param percent the percentile, in [1, 100]
   * @throws IllegalArgumentException if the sample is empty or {@code percent} is out of range
   */
  public static double nearestRank(double[] sortedAscending, int percent) {
    if (sortedAscending.length == 0) {
      throw new IllegalArgumentException("sortedAscending must not be empty");
    }
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be within [1, 100] but was " + percent);
    }
    long n = sortedAscending.length;
    long rank = (percent * n + 99) / 100; // ⌈percent·n/100⌉, 1-based, in [1, n]
    return sortedAscending[(int) (rank - 1)];
  }
}
