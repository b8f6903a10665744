package io.lodestar.pmo.engine.portfolio.snapshot;

import io.lodestar.pmo.engine.evm.EarnedSchedule;
import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The snapshots of one node in date order, all in one currency: what the S-curve, trends and earned
 * schedule are drawn from. A series never mixes two nodes or two currencies (a node whose currency
 * changed starts a new series: its amounts cannot be compared with the old ones).
 *
 * @param node the node
 * @param currency ISO 4217 code of every amount
 * @param snapshots the snapshots, ascending by date, one per date, at most {@link #MAX_POINTS}
 */
public record SnapshotSeries(SnapshotNode node, String currency, List<MetricSnapshot> snapshots) {

  /** The most snapshots a series holds: five years of daily snapshots. */
  public static final int MAX_POINTS = 5 * 366;

  /** Days in one period of earned schedule read from a series. */
  public static final int PERIOD_DAYS = 7;

  static final String NO_EARNED_VALUE = "lodestar.portfolio.snapshot.na.noEarnedValue";
  static final String NO_BUDGET = "lodestar.portfolio.snapshot.na.noBudget";
  static final String PLAN_FELL = "lodestar.portfolio.snapshot.na.planFell";
  static final String BEFORE_START = "lodestar.portfolio.snapshot.na.beforeStart";

  public SnapshotSeries {
    Objects.requireNonNull(node, "node");
    currency = Money.checkCurrency(currency);
    snapshots = List.copyOf(snapshots);
    if (snapshots.size() > MAX_POINTS) {
      throw new IllegalArgumentException(
          "a series holds at most " + MAX_POINTS + " snapshots, not " + snapshots.size());
    }
    LocalDate previous = null;
    for (MetricSnapshot s : snapshots) {
      if (!s.node().equals(node)) {
        throw new IllegalArgumentException(
            "snapshot of " + s.node().canonical() + " in the series of " + node.canonical());
      }
      if (!s.currency().equals(currency)) {
        throw new IllegalArgumentException(
            "snapshot of " + s.date() + " is in " + s.currency() + ", the series in " + currency);
      }
      if (previous != null && !s.date().isAfter(previous)) {
        throw new IllegalArgumentException(
            "snapshots must be in ascending date order, one per date: " + s.date());
      }
      previous = s.date();
    }
  }

  /**
   * A series from snapshots in any order.
   *
   * @throws IllegalArgumentException when they mix nodes or currencies or repeat a date
   */
  public static SnapshotSeries of(
      SnapshotNode node, String currency, List<MetricSnapshot> snapshots) {
    List<MetricSnapshot> sorted = new ArrayList<>(snapshots);
    sorted.sort(Comparator.comparing(MetricSnapshot::date));
    return new SnapshotSeries(node, currency, sorted);
  }

  /** The latest snapshot. */
  public Optional<MetricSnapshot> latest() {
    return snapshots.isEmpty()
        ? Optional.empty()
        : Optional.of(snapshots.get(snapshots.size() - 1));
  }

  /** The S-curve: PV, EV and AC at each snapshot's date, n/a figures as null. */
  public List<SCurvePoint> sCurve() {
    return snapshots.stream().map(s -> new SCurvePoint(s.date(), s.pv(), s.ev(), s.ac())).toList();
  }

  /**
   * Earned schedule at the latest snapshot with an EV, in weeks ({@value #PERIOD_DAYS}-day periods
   * from {@code planStart}; the last period ends on or after {@code planEnd}).
   *
   * <p>The plan's cumulative PV at the end of week k is read from the series: the PVs the snapshots
   * recorded, joined by straight lines, starting from 0 the day before {@code planStart} and ending
   * at the latest BAC on {@code planEnd}. Weeks after the last recorded PV are therefore the
   * straight line to BAC, which is exact for a linear baseline and an assumption for another. The
   * status date counts as worked, so AT is the number of whole weeks from {@code planStart} to the
   * end of the status date.
   *
   * @param planStart first day of the plan (the project profile's start)
   * @param planEnd last day of the plan, not before {@code planStart}
   * @return the earned schedule, or n/a: no snapshot with an EV, no BAC when the series ends before
   *     the plan does, a recorded PV that falls (the baseline was cut) or a status date before the
   *     plan's start
   */
  public SeriesEarnedSchedule earnedSchedule(LocalDate planStart, LocalDate planEnd) {
    Objects.requireNonNull(planStart, "planStart");
    Objects.requireNonNull(planEnd, "planEnd");
    if (planEnd.isBefore(planStart)) {
      throw new IllegalArgumentException(
          "planEnd (" + planEnd + ") must not be before planStart (" + planStart + ")");
    }
    MetricSnapshot status = null;
    for (MetricSnapshot s : snapshots) {
      if (s.ev() != null) {
        status = s;
      }
    }
    if (status == null) {
      return new SeriesEarnedSchedule.NotApplicable(NO_EARNED_VALUE);
    }
    if (status.date().isBefore(planStart)) {
      return new SeriesEarnedSchedule.NotApplicable(BEFORE_START);
    }
    long planDays = ChronoUnit.DAYS.between(planStart, planEnd) + 1;
    int plannedDuration = (int) ((planDays + PERIOD_DAYS - 1) / PERIOD_DAYS);

    List<LocalDate> knownDates = new ArrayList<>();
    List<BigDecimal> knownValues = new ArrayList<>();
    knownDates.add(planStart.minusDays(1));
    knownValues.add(BigDecimal.ZERO);
    BigDecimal bac = null;
    for (MetricSnapshot s : snapshots) {
      if (s.bac() != null) {
        bac = s.bac();
      }
      if (s.pv() != null && !s.date().isBefore(planStart)) {
        if (s.pv().compareTo(knownValues.get(knownValues.size() - 1)) < 0) {
          return new SeriesEarnedSchedule.NotApplicable(PLAN_FELL);
        }
        knownDates.add(s.date());
        knownValues.add(s.pv());
      }
    }
    LocalDate lastKnown = knownDates.get(knownDates.size() - 1);
    if (lastKnown.isBefore(planEnd)) {
      if (bac == null) {
        return new SeriesEarnedSchedule.NotApplicable(NO_BUDGET);
      }
      if (bac.compareTo(knownValues.get(knownValues.size() - 1)) < 0) {
        return new SeriesEarnedSchedule.NotApplicable(PLAN_FELL);
      }
      knownDates.add(planEnd);
      knownValues.add(bac);
    }
    List<BigDecimal> cumulative = new ArrayList<>(plannedDuration);
    for (int k = 1; k <= plannedDuration; k++) {
      cumulative.add(
          interpolate(knownDates, knownValues, planStart.plusDays(PERIOD_DAYS * k - 1L)));
    }
    long elapsedDays = ChronoUnit.DAYS.between(planStart, status.date()) + 1;
    int actualTime = (int) (elapsedDays / PERIOD_DAYS);
    return new SeriesEarnedSchedule.Computed(
        status.date(), EarnedSchedule.of(cumulative, status.ev(), actualTime));
  }

  /** The piecewise-linear value at {@code date}; flat before the first and after the last point. */
  private static BigDecimal interpolate(
      List<LocalDate> dates, List<BigDecimal> values, LocalDate date) {
    if (!date.isAfter(dates.get(0))) {
      return values.get(0);
    }
    for (int i = 1; i < dates.size(); i++) {
      LocalDate right = dates.get(i);
      if (!date.isAfter(right)) {
        LocalDate left = dates.get(i - 1);
        BigDecimal span = BigDecimal.valueOf(ChronoUnit.DAYS.between(left, right));
        BigDecimal into = BigDecimal.valueOf(ChronoUnit.DAYS.between(left, date));
        BigDecimal rise = values.get(i).subtract(values.get(i - 1));
        return values.get(i - 1).add(rise.multiply(into).divide(span, Metric.PRECISION));
      }
    }
    return values.get(values.size() - 1);
  }
}
