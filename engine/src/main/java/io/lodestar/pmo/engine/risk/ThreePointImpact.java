package io.lodestar.pmo.engine.risk;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A three-point estimate of what a risk would cost if it occurred: minimum, most likely and
 * maximum, with {@code 0 ≤ min ≤ mostLikely ≤ max}. The unit depends on use: money in the
 * instance's reporting currency for a cost impact, working days for a schedule impact. Equality
 * compares numerically ({@code 1.0} equals {@code 1.00}).
 *
 * <p>This is the register's own value; the Monte Carlo exposure feature has its own input type.
 */
public record ThreePointImpact(BigDecimal min, BigDecimal mostLikely, BigDecimal max) {

  private static final MathContext MC = MathContext.DECIMAL64;

  public ThreePointImpact {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(mostLikely, "mostLikely");
    Objects.requireNonNull(max, "max");
    if (min.signum() < 0) {
      throw new IllegalArgumentException("min < 0: " + min);
    }
    if (min.compareTo(mostLikely) > 0 || mostLikely.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          "need min <= mostLikely <= max: " + min + ", " + mostLikely + ", " + max);
    }
  }

  public static ThreePointImpact of(BigDecimal min, BigDecimal mostLikely, BigDecimal max) {
    return new ThreePointImpact(min, mostLikely, max);
  }

  /** Convenience for literals, e.g. {@code of("1000", "2500", "8000")}. */
  public static ThreePointImpact of(String min, String mostLikely, String max) {
    return new ThreePointImpact(
        new BigDecimal(min), new BigDecimal(mostLikely), new BigDecimal(max));
  }

  /**
   * True when {@code 0 ≤ min ≤ mostLikely ≤ max}; checks before {@link #of} for untrusted input.
   */
  public static boolean isValid(BigDecimal min, BigDecimal mostLikely, BigDecimal max) {
    return min != null
        && mostLikely != null
        && max != null
        && min.signum() >= 0
        && min.compareTo(mostLikely) <= 0
        && mostLikely.compareTo(max) <= 0;
  }

  /** Triangular mean (min + mostLikely + max) / 3, 2 decimals, HALF_UP. */
  public BigDecimal triangularMean() {
    return min.add(mostLikely)
        .add(max)
        .divide(BigDecimal.valueOf(3), MC)
        .setScale(2, RoundingMode.HALF_UP);
  }

  /** PERT mean (min + 4·mostLikely + max) / 6, 2 decimals, HALF_UP. */
  public BigDecimal pertMean() {
    return min.add(mostLikely.multiply(BigDecimal.valueOf(4)))
        .add(max)
        .divide(BigDecimal.valueOf(6), MC)
        .setScale(2, RoundingMode.HALF_UP);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThreePointImpact t
        && min.compareTo(t.min) == 0
        && mostLikely.compareTo(t.mostLikely) == 0
        && max.compareTo(t.max) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        min.stripTrailingZeros(), mostLikely.stripTrailingZeros(), max.stripTrailingZeros());
  }
}
