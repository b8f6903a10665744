package io.lodestar.pmo.engine.evm;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;

/**
 * A computed figure that may be undefined. Undefined is a value with a reason (a message key), not
 * a number: a CPI with no actual cost is "n/a", never 0 and never infinity.
 *
 * <p>Defined values are kept at {@link #PRECISION} (16 significant digits, half-up) so that derived
 * figures do not inherit rounding from the ones they are computed from; round only to show them
 * ({@link #rounded}).
 */
public sealed interface Metric {

  /** The precision of every computed figure: 16 significant digits, half-up. */
  MathContext PRECISION = new MathContext(16, RoundingMode.HALF_UP);

  /** A defined figure. */
  record Value(BigDecimal amount) implements Metric {
    public Value {
      Objects.requireNonNull(amount, "amount");
    }
  }

  /**
   * An undefined figure.
   *
   * @param reasonKey i18n key of why, e.g. {@code lodestar.evm.na.noActualCost}
   */
  record NotApplicable(String reasonKey) implements Metric {
    public NotApplicable {
      Objects.requireNonNull(reasonKey, "reasonKey");
    }
  }

  static Metric of(BigDecimal value) {
    return new Value(value.round(PRECISION));
  }

  static Metric notApplicable(String reasonKey) {
    return new NotApplicable(reasonKey);
  }

  /** {@code numerator / denominator}, or n/a with {@code reasonKey} when the denominator is 0. */
  static Metric quotient(BigDecimal numerator, BigDecimal denominator, String reasonKey) {
    if (denominator.signum() == 0) {
      return notApplicable(reasonKey);
    }
    return new Value(numerator.divide(denominator, PRECISION));
  }

  /** The value if defined. */
  default Optional<BigDecimal> value() {
    return this instanceof Value v ? Optional.of(v.amount()) : Optional.empty();
  }

  default boolean isDefined() {
    return this instanceof Value;
  }

  /** The value rounded half-up to {@code scale} decimals, if defined. */
  default Optional<BigDecimal> rounded(int scale) {
    return value().map(v -> v.setScale(scale, RoundingMode.HALF_UP));
  }
}
