package io.lodestar.pmo.app.portfolio.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A date axis from {@code first} to {@code last} mapped onto pixel columns {@code left} to {@code
 * right}, with ticks on the first of a month (every 1, 2, 3, 6 or 12 months, at most {@value
 * #MAX_TICKS}) or, for spans under {@value #WEEKLY_BELOW_DAYS} days, on Mondays.
 *
 * @param first the first date, at {@code left}
 * @param last the last date, at {@code right}; after {@code first} (a single date is widened by a
 *     day on each side)
 * @param left pixel column of {@code first}
 * @param right pixel column of {@code last}
 */
record DateAxis(LocalDate first, LocalDate last, double left, double right) {

  static final int MAX_TICKS = 12;
  static final int WEEKLY_BELOW_DAYS = 70;
  private static final int[] MONTH_STEPS = {1, 2, 3, 6, 12, 24, 60};

  /** An axis over {@code first}..{@code last}, widened when they are the same day. */
  static DateAxis over(LocalDate first, LocalDate last, double left, double right) {
    if (!last.isAfter(first)) {
      return new DateAxis(first.minusDays(1), first.plusDays(1), left, right);
    }
    return new DateAxis(first, last, left, right);
  }

  /** The pixel column of {@code date}. */
  double x(LocalDate date) {
    double span = ChronoUnit.DAYS.between(first, last);
    return left + (right - left) * ChronoUnit.DAYS.between(first, date) / span;
  }

  /** Whether the ticks are weekly (labels then show the day). */
  boolean weekly() {
    return ChronoUnit.DAYS.between(first, last) < WEEKLY_BELOW_DAYS;
  }

  /** The tick dates within the axis. */
  List<LocalDate> ticks() {
    List<LocalDate> ticks = new ArrayList<>();
    if (weekly()) {
      LocalDate d = first;
      while (d.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
        d = d.plusDays(1);
      }
      for (; !d.isAfter(last); d = d.plusWeeks(1)) {
        ticks.add(d);
      }
      return ticks;
    }
    long months = ChronoUnit.MONTHS.between(first.withDayOfMonth(1), last.withDayOfMonth(1)) + 1;
    int step = MONTH_STEPS[MONTH_STEPS.length - 1];
    for (int s : MONTH_STEPS) {
      if (months / s + 1 <= MAX_TICKS) {
        step = s;
        break;
      }
    }
    LocalDate d = first.withDayOfMonth(1);
    if (d.isBefore(first)) {
      d = d.plusMonths(1);
    }
    // align to the step within the year (quarters start in Jan, Apr, ...)
    while ((d.getMonthValue() - 1) % Math.min(step, 12) != 0) {
      d = d.plusMonths(1);
    }
    for (; !d.isAfter(last); d = d.plusMonths(step)) {
      ticks.add(d);
    }
    return ticks;
  }
}
