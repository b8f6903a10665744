package io.lodestar.pmo.engine.forecast;

import java.util.Arrays;
import java.util.Objects;

/**
 * Items finished per working day over a chosen window, zero days included (DOMAIN.md: counts, not
 * points). The forecasts sample these days with replacement.
 */
public final class ThroughputHistory {

  /** The longest window: ten years of working days. */
  public static final int MAX_DAYS = 2_600;

  private final int[] daily;
  private final long total;

  private ThroughputHistory(int[] daily) {
    this.daily = daily;
    long sum = 0;
    for (int count : daily) {
      sum += count;
    }
    this.total = sum;
  }

  /**
   * A history of daily counts.
   *
   * @param daily items finished on each working day of the window, oldest first; 1 to {@link
   *     #MAX_DAYS} days, none negative
   * @throws IllegalArgumentException naming the day when a count is negative, or when the window is
   *     empty or too long
   */
  public static ThroughputHistory of(int... daily) {
    Objects.requireNonNull(daily, "daily");
    if (daily.length == 0 || daily.length > MAX_DAYS) {
      throw new IllegalArgumentException(
          "daily must hold 1 to " + MAX_DAYS + " days but held " + daily.length);
    }
    for (int i = 0; i < daily.length; i++) {
      if (daily[i] < 0) {
        throw new IllegalArgumentException("daily[" + i + "] must not be negative: " + daily[i]);
      }
    }
    return new ThroughputHistory(daily.clone());
  }

  /** The number of days in the window. */
  public int days() {
    return daily.length;
  }

  /** Items finished on day {@code i} of the window. */
  public int day(int i) {
    return daily[i];
  }

  /** Items finished over the whole window. */
  public long total() {
    return total;
  }

  /** Whether any item was finished in the window; without that no "when" forecast exists. */
  public boolean hasThroughput() {
    return total > 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ThroughputHistory h && Arrays.equals(daily, h.daily);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(daily);
  }
}
