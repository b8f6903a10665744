package io.lodestar.pmo.engine.portfolio.snapshot;

import io.lodestar.pmo.engine.shared.Violation;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which of a node's snapshots are kept: every nightly snapshot of the last {@code dailyDays} days,
 * one a week (the latest of each ISO week, and the latest of each month, so that a month ending
 * mid-week keeps its point) for {@code weeklyMonths} months, then one a month (the latest of each
 * calendar month), for {@code monthlyYears} years or, when that is 0, for ever.
 *
 * <p>"The latest of its week / month" is taken among the snapshots that exist, so a missed night
 * never leaves a week without its point, and since a policy only ever drops, the snapshot that
 * represents a week (or month) now still exists when the week moves into the monthly zone: applying
 * the policy again, on the same or on a later day, never drops a point a chart needs and never
 * brings back one. Dates after {@code today} are kept (a clock that moved back must not delete
 * data).
 *
 * <p>With the default policy a node keeps at most 14 + 53 + 12 snapshots for the first year (about
 * 80) and 12 more per year after it (see {@link SnapshotSizing}).
 *
 * @param dailyDays days during which every snapshot is kept, 0 to {@link #MAX_DAILY_DAYS}
 * @param weeklyMonths months during which one snapshot a week is kept, 0 to {@link
 *     #MAX_WEEKLY_MONTHS}
 * @param monthlyYears years, after the weekly zone, during which one snapshot a month is kept, 0 to
 *     {@link #MAX_MONTHLY_YEARS}; 0 keeps monthly snapshots for ever
 */
public record SnapshotRetention(int dailyDays, int weeklyMonths, int monthlyYears) {

  public static final int MAX_DAILY_DAYS = 366;
  public static final int MAX_WEEKLY_MONTHS = 120;
  public static final int MAX_MONTHLY_YEARS = 100;

  /** Two weeks daily, a year weekly (the S-curve of a year), monthly for ever. */
  public static final SnapshotRetention DEFAULT = new SnapshotRetention(14, 12, 0);

  public SnapshotRetention {
    List<Violation> violations = check(dailyDays, weeklyMonths, monthlyYears);
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid snapshot retention: " + violations.get(0).field() + " out of range");
    }
  }

  /**
   * The refusals of a requested policy, by field ({@code dailyDays}, {@code weeklyMonths}, {@code
   * monthlyYears}); empty when valid.
   */
  public static List<Violation> check(int dailyDays, int weeklyMonths, int monthlyYears) {
    List<Violation> violations = new ArrayList<>();
    if (dailyDays < 0 || dailyDays > MAX_DAILY_DAYS) {
      violations.add(range("dailyDays", MAX_DAILY_DAYS));
    }
    if (weeklyMonths < 0 || weeklyMonths > MAX_WEEKLY_MONTHS) {
      violations.add(range("weeklyMonths", MAX_WEEKLY_MONTHS));
    }
    if (monthlyYears < 0 || monthlyYears > MAX_MONTHLY_YEARS) {
      violations.add(range("monthlyYears", MAX_MONTHLY_YEARS));
    }
    return violations;
  }

  /** The text form a setting stores: {@code dailyDays=14;weeklyMonths=12;monthlyYears=0}. */
  public String text() {
    return "dailyDays="
        + dailyDays
        + ";weeklyMonths="
        + weeklyMonths
        + ";monthlyYears="
        + monthlyYears;
  }

  /**
   * Parses {@link #text()}.
   *
   * @throws IllegalArgumentException when a part is missing, unknown, not a number or out of range
   */
  public static SnapshotRetention parse(String text) {
    Objects.requireNonNull(text, "text");
    Map<String, Integer> values = new HashMap<>();
    for (String part : text.split(";")) {
      int eq = part.indexOf('=');
      String name = eq < 0 ? part : part.substring(0, eq).trim();
      if (eq < 0 || !List.of("dailyDays", "weeklyMonths", "monthlyYears").contains(name)) {
        throw new IllegalArgumentException("not a retention part: " + part);
      }
      try {
        values.put(name, Integer.parseInt(part.substring(eq + 1).trim()));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("not a whole number: " + part, e);
      }
    }
    if (values.size() != 3) {
      throw new IllegalArgumentException(
          "retention needs dailyDays, weeklyMonths and monthlyYears");
    }
    return new SnapshotRetention(
        values.get("dailyDays"), values.get("weeklyMonths"), values.get("monthlyYears"));
  }

  private static Violation range(String field, int max) {
    return Violation.of(field, "lodestar.portfolio.snapshot.retention.range", 0, max);
  }

  /**
   * The dates to drop among one node's snapshot dates. Pure: the same input gives the same answer.
   *
   * @param today the day the policy is applied (the zones are counted back from it)
   * @param dates the node's snapshot dates, any order; duplicates are treated as one
   * @return the dates to drop, ascending
   */
  public List<LocalDate> datesToDrop(LocalDate today, Collection<LocalDate> dates) {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(dates, "dates");
    TreeSet<LocalDate> all = new TreeSet<>(dates);
    Map<Long, LocalDate> latestOfWeek = new HashMap<>();
    Map<YearMonth, LocalDate> latestOfMonth = new HashMap<>();
    for (LocalDate d : all) { // ascending: the last put wins
      latestOfWeek.put(isoWeek(d), d);
      latestOfMonth.put(YearMonth.from(d), d);
    }
    LocalDate dailyFrom = today.minusDays(dailyDays);
    LocalDate weeklyFrom = today.minusMonths(weeklyMonths);
    LocalDate monthlyFrom = monthlyYears == 0 ? LocalDate.MIN : weeklyFrom.minusYears(monthlyYears);
    List<LocalDate> drop = new ArrayList<>();
    for (LocalDate d : all) {
      boolean keep;
      if (d.isAfter(dailyFrom)) {
        keep = true; // the daily zone, and the future
      } else if (d.isAfter(weeklyFrom)) {
        // the month's latest too: a month that ends mid-week keeps its point for the monthly zone
        keep =
            d.equals(latestOfWeek.get(isoWeek(d)))
                || d.equals(latestOfMonth.get(YearMonth.from(d)));
      } else if (d.isAfter(monthlyFrom)) {
        keep = d.equals(latestOfMonth.get(YearMonth.from(d)));
      } else {
        keep = false;
      }
      if (!keep) {
        drop.add(d);
      }
    }
    return drop;
  }

  private static long isoWeek(LocalDate d) {
    return d.get(IsoFields.WEEK_BASED_YEAR) * 100L + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }
}
