package io.lodestar.pmo.engine.health;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * Where a measure (larger is worse) turns amber and where it turns red.
 *
 * @param amberFrom the value at or above which ({@code amberInclusive}) or above which the measure
 *     is amber
 * @param amberInclusive whether {@code amberFrom} itself is amber
 * @param redFrom the value at or above which ({@code redInclusive}) or above which it is red, not
 *     below {@code amberFrom}
 * @param redInclusive whether {@code redFrom} itself is red
 */
public record Threshold(
    BigDecimal amberFrom, boolean amberInclusive, BigDecimal redFrom, boolean redInclusive) {

  /** DOMAIN.md's variance bands: below 4 % green, 4–7 % amber, 7 % and above red. */
  public static final Threshold VARIANCE_BANDS =
      new Threshold(BigDecimal.valueOf(4), true, BigDecimal.valueOf(7), true);

  /**
   * DOMAIN.md's behind-plan preset: at most 0 green, up to 10 amber, above 20 red. DOMAIN.md leaves
   * (10, 20] unassigned; we keep it amber, so red starts strictly above 20 as stated.
   */
  public static final Threshold BEHIND_PLAN =
      new Threshold(BigDecimal.ZERO, false, BigDecimal.valueOf(20), false);

  public Threshold {
    Objects.requireNonNull(amberFrom, "amberFrom");
    Objects.requireNonNull(redFrom, "redFrom");
    if (redFrom.compareTo(amberFrom) < 0) {
      throw new IllegalArgumentException(
          "redFrom (" + redFrom + ") must not be below amberFrom (" + amberFrom + ")");
    }
  }

  /** The colour of {@code value}. */
  public Rag classify(BigDecimal value) {
    Objects.requireNonNull(value, "value");
    if (reaches(value, redFrom, redInclusive)) {
      return Rag.RED;
    }
    return reaches(value, amberFrom, amberInclusive) ? Rag.AMBER : Rag.GREEN;
  }

  private static boolean reaches(BigDecimal value, BigDecimal limit, boolean inclusive) {
    int c = value.compareTo(limit);
    return inclusive ? c >= 0 : c > 0;
  }
}
