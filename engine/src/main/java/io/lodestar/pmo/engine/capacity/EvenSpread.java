package io.lodestar.pmo.engine.capacity;

/**
 * Spreads whole seconds evenly over working days so that the shares add up exactly: each of {@code
 * days} days gets {@code total / days}, and the first {@code total % days} days one second more.
 */
public final class EvenSpread {

  private EvenSpread() {}

  /**
   * The share of the working day at position {@code index} (0-based, in date order).
   *
   * @throws IllegalArgumentException when {@code days} is not positive or {@code index} is out of
   *     range
   */
  public static long share(long total, int days, int index) {
    if (days <= 0 || index < 0 || index >= days) {
      throw new IllegalArgumentException("index " + index + " of " + days + " working days");
    }
    return total / days + (index < total % days ? 1 : 0);
  }

  /**
   * The sum of the shares of the {@code count} working days from position {@code from} on: what a
   * week holds when its working days are positions {@code from .. from + count − 1}.
   */
  public static long shares(long total, int days, int from, int count) {
    if (count == 0) {
      return 0;
    }
    if (days <= 0 || from < 0 || count < 0 || from + count > days) {
      throw new IllegalArgumentException(
          "positions " + from + "+" + count + " of " + days + " working days");
    }
    long base = total / days;
    long extra = total % days;
    long extraHere = Math.max(0, Math.min(extra, (long) from + count) - from);
    return base * count + extraHere;
  }
}
