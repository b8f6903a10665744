package io.lodestar.pmo.engine.risk.exposure;

/**
 * A three-point estimate of one impact of a risk: the least, most likely and greatest value the
 * impact can take if the risk occurs.
 *
 * <p>Units are those of the dimension it estimates: currency units for cost, working days for
 * schedule. All three values are finite, {@code 0 <= min <= mostLikely <= max}, and {@code max} is
 * at most {@link #LARGEST}; {@code min == max} is allowed and means a fixed impact.
 *
 * @param min the least impact, finite and not negative
 * @param mostLikely the most likely impact (the mode), finite, between {@code min} and {@code max}
 * @param max the greatest impact, finite, not less than {@code mostLikely}, at most {@link
 *     #LARGEST}
 */
public record ThreePointEstimate(double min, double mostLikely, double max) {

  /**
   * The largest value an estimate may hold: 10¹⁵ (a quadrillion currency units or working days),
   * far beyond any real impact, and small enough that sums and squares over a register stay finite.
   */
  public static final double LARGEST = 1e15;

  /**
   * Validates the estimate.
   *
   * @throws IllegalArgumentException naming the offending field if a value is not finite, {@code
   *     min} is negative, {@code max} exceeds {@link #LARGEST}, or the values are out of order
   */
  public ThreePointEstimate {
    requireFinite("min", min);
    requireFinite("mostLikely", mostLikely);
    requireFinite("max", max);
    if (min < 0.0) {
      throw new IllegalArgumentException("min must not be negative but was " + min);
    }
    if (min > mostLikely) {
      throw new IllegalArgumentException(
          "min (" + min + ") must not exceed mostLikely (" + mostLikely + ")");
    }
    if (mostLikely > max) {
      throw new IllegalArgumentException(
          "mostLikely (" + mostLikely + ") must not exceed max (" + max + ")");
    }
    if (max > LARGEST) {
      throw new IllegalArgumentException("max must not exceed " + LARGEST + " but was " + max);
    }
  }

  /**
   * Creates a validated estimate.
   *
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static ThreePointEstimate of(double min, double mostLikely, double max) {
    return new ThreePointEstimate(min, mostLikely, max);
  }

  /**
   * Creates a fixed impact: min, most likely and max all equal to {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is negative or not finite
   */
  public static ThreePointEstimate fixed(double value) {
    return new ThreePointEstimate(value, value, value);
  }

  /** Returns {@code true} when {@code min == max}, so every draw is that value. */
  public boolean isFixed() {
    return min == max;
  }

  private static void requireFinite(String field, double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(field + " must be finite but was " + value);
    }
  }
}
