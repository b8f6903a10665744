package io.lodestar.pmo.engine.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * How many seconds a person works on each day of the week at full availability (ISO order, Monday
 * first). A plan with no working day at all is refused: such a person would have no capacity ever.
 */
public final class WorkingHoursPlan {

  /** The most a day can hold: 24 hours. */
  public static final int MAX_SECONDS_PER_DAY = 24 * 3600;

  private final int[] secondsPerDay;

  private WorkingHoursPlan(int[] secondsPerDay) {
    this.secondsPerDay = secondsPerDay;
  }

  /**
   * A plan from hours per weekday.
   *
   * @param hours hours by day of the week; missing days are 0; each within [0, 24]
   * @throws IllegalArgumentException when a day is out of range or no day has hours
   */
  public static WorkingHoursPlan ofHours(Map<DayOfWeek, BigDecimal> hours) {
    Objects.requireNonNull(hours, "hours");
    int[] seconds = new int[7];
    for (Map.Entry<DayOfWeek, BigDecimal> day : hours.entrySet()) {
      BigDecimal h = Objects.requireNonNull(day.getValue(), "hours of " + day.getKey());
      if (h.signum() < 0 || h.compareTo(BigDecimal.valueOf(24)) > 0) {
        throw new IllegalArgumentException(
            "hours of " + day.getKey() + " must be within [0, 24] but were " + h);
      }
      seconds[day.getKey().ordinal()] =
          h.multiply(BigDecimal.valueOf(3600)).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }
    return ofSeconds(seconds);
  }

  /**
   * The default plan from Jira's time-tracking settings: {@code hoursPerDay} on each of the first
   * {@code daysPerWeek} days from Monday.
   */
  public static WorkingHoursPlan fromTimeTracking(BigDecimal hoursPerDay, int daysPerWeek) {
    if (daysPerWeek < 1 || daysPerWeek > 7) {
      throw new IllegalArgumentException(
          "daysPerWeek must be within [1, 7] but was " + daysPerWeek);
    }
    Map<DayOfWeek, BigDecimal> hours = new java.util.EnumMap<>(DayOfWeek.class);
    for (int d = 0; d < daysPerWeek; d++) {
      hours.put(DayOfWeek.of(d + 1), hoursPerDay);
    }
    return ofHours(hours);
  }

  /** Eight hours Monday to Friday. */
  public static WorkingHoursPlan standard() {
    return fromTimeTracking(BigDecimal.valueOf(8), 5);
  }

  /** A plan from seconds per weekday, Monday first (7 values). */
  public static WorkingHoursPlan ofSeconds(int... secondsMondayFirst) {
    if (secondsMondayFirst.length != 7) {
      throw new IllegalArgumentException("a plan has 7 days but got " + secondsMondayFirst.length);
    }
    boolean any = false;
    for (int s : secondsMondayFirst) {
      if (s < 0 || s > MAX_SECONDS_PER_DAY) {
        throw new IllegalArgumentException("seconds per day must be within [0, 86400]: " + s);
      }
      any |= s > 0;
    }
    if (!any) {
      throw new IllegalArgumentException("a working-hours plan needs at least one working day");
    }
    return new WorkingHoursPlan(secondsMondayFirst.clone());
  }

  /** Seconds planned on {@code day} at full availability. */
  public int seconds(DayOfWeek day) {
    return secondsPerDay[day.ordinal()];
  }

  /** Seconds planned on the day of the week with ISO ordinal {@code ordinal} (0 = Monday). */
  int secondsOf(int ordinal) {
    return secondsPerDay[ordinal];
  }

  /** Seconds planned in a whole week at full availability. */
  public long secondsPerWeek() {
    long sum = 0;
    for (int s : secondsPerDay) {
      sum += s;
    }
    return sum;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WorkingHoursPlan p && Arrays.equals(secondsPerDay, p.secondsPerDay);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(secondsPerDay);
  }

  @Override
  public String toString() {
    return "WorkingHoursPlan" + Arrays.toString(secondsPerDay);
  }
}
