package io.lodestar.pmo.engine.health;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Percentages as shown in reasons: one decimal, half-up. */
final class Percent {

  private Percent() {}

  static BigDecimal shown(BigDecimal percent) {
    return percent.setScale(1, RoundingMode.HALF_UP);
  }
}
