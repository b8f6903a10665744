package io.lodestar.pmo.engine.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which calendar days are working days: a set of working weekdays and a set of non-working dates
 * (public holidays). Used wherever work is spread over time: a linear baseline, a forecast's dates.
 *
 * @param weekdays the working days of the week, at least one
 * @param holidays dates that are not working days even on a working weekday
 */
public record WorkingDays(Set<DayOfWeek> weekdays, Set<LocalDate> holidays) {

  /** Monday to Friday, no holidays. */
  public static final WorkingDays MONDAY_TO_FRIDAY =
      new WorkingDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), Set.of());

  /** The longest span {@link #count} and {@link #plus} walk: 100 years of days. */
  public static final int MAX_SPAN_DAYS = 36_525;

  public WorkingDays {
    weekdays = Set.copyOf(weekdays);
    holidays = Set.copyOf(holidays);
    if (weekdays.isEmpty()) {
      throw new IllegalArgumentException("weekdays must name at least one working day");
    }
  }

  public boolean isWorkingDay(LocalDate date) {
    return weekdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
  }

  /**
   * The number of working days from {@code first} to {@code last}, both included; 0 when {@code
   * last} is before {@code first}.
   *
   * @throws IllegalArgumentException when the span exceeds {@link #MAX_SPAN_DAYS}
   */
  public int count(LocalDate first, LocalDate last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (last.isBefore(first)) {
      return 0;
    }
    long span = last.toEpochDay() - first.toEpochDay() + 1;
    if (span > MAX_SPAN_DAYS) {
      throw new IllegalArgumentException("span of " + span + " days exceeds " + MAX_SPAN_DAYS);
    }
    long weeks = span / 7;
    int count = (int) (weeks * weekdays.size());
    LocalDate date = first.plusDays(weeks * 7);
    for (; !date.isAfter(last); date = date.plusDays(1)) {
      if (weekdays.contains(date.getDayOfWeek())) {
        count++;
      }
    }
    for (LocalDate holiday : holidays) {
      if (!holiday.isBefore(first)
          && !holiday.isAfter(last)
          && weekdays.contains(holiday.getDayOfWeek())) {
        count--;
      }
    }
    return count;
  }

  /**
   * The working day on which work of {@code days} working days that starts at the beginning of
   * {@code start} ends: {@code start} itself (or the next working day) for 1, the working day after
   * that for 2, and so on; {@code start} for 0.
   *
   * @throws IllegalArgumentException when {@code days} is negative or the end lies beyond {@link
   *     #MAX_SPAN_DAYS}
   */
  public LocalDate endOf(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    if (days < 0) {
      throw new IllegalArgumentException("days must not be negative: " + days);
    }
    LocalDate date = start;
    int left = days;
    int walked = 0;
    while (left > 0) {
      if (isWorkingDay(date)) {
        left--;
        if (left == 0) {
          break;
        }
      }
      date = date.plusDays(1);
      if (++walked > MAX_SPAN_DAYS) {
        throw new IllegalArgumentException(days + " working days end beyond " + MAX_SPAN_DAYS);
      }
    }
    return date;
  }
}
