package io.lodestar.pmo.engine.risk;

/**
 * How soon a risk could occur. We chose a small enum over a raw number of days because registers
 * are read and filtered by bucket; {@link #ofDays(long)} converts a day count (e.g. from a number
 * field) with these boundaries, all in calendar days from today: IMMEDIATE ≤ 30, NEAR_TERM 31–90,
 * MEDIUM_TERM 91–180, LONG_TERM &gt; 180. A select-list option maps by position in declaration
 * order (1 = IMMEDIATE ... 4 = LONG_TERM).
 */
public enum Proximity {
  IMMEDIATE,
  NEAR_TERM,
  MEDIUM_TERM,
  LONG_TERM;

  /**
   * The bucket for {@code days} calendar days from today; negative values (already due) are
   * IMMEDIATE.
   */
  public static Proximity ofDays(long days) {
    if (days <= 30) {
      return IMMEDIATE;
    }
    if (days <= 90) {
      return NEAR_TERM;
    }
    if (days <= 180) {
      return MEDIUM_TERM;
    }
    return LONG_TERM;
  }
}
