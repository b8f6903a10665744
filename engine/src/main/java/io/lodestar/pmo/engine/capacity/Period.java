package io.lodestar.pmo.engine.capacity;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The bucket size of a view: a day, an ISO week (Monday to Sunday) or a calendar month. */
public enum Period {
  DAY,
  ISO_WEEK,
  MONTH;

  /** The first day of the bucket that holds {@code day}. */
  public LocalDate bucketOf(LocalDate day) {
    return switch (this) {
      case DAY -> day;
      case ISO_WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH -> day.withDayOfMonth(1);
    };
  }
}
