package io.lodestar.pmo.app.portfolio.chart;

import io.lodestar.pmo.engine.forecast.RiskAdjustedForecast;
import io.lodestar.pmo.engine.shared.WorkingDays;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the forecast fan draws: the plain and the risk-adjusted delivery dates, P50/P80/P95, side by
 * side, or why there is no forecast.
 *
 * @param chartId id prefix of the SVG's title and description, unique on the page
 * @param subject the project's or epic's name (any text: it is escaped)
 * @param start the day the forecast counts from (today)
 * @param items the number of items forecast
 * @param risks the schedule risks folded into the adjusted forecast
 * @param trials the number of trials
 * @param horizonEnd the last day of the forecast horizon
 * @param plain the plain forecast's dates; null when there is no forecast
 * @param adjusted the risk-adjusted dates; null when there is no forecast
 * @param emptyReasonKey i18n key of why there is no forecast; null when there is one
 */
public record ForecastFanInput(
    String chartId,
    String subject,
    LocalDate start,
    int items,
    int risks,
    int trials,
    LocalDate horizonEnd,
    Dates plain,
    Dates adjusted,
    String emptyReasonKey) {

  /**
   * Percentile dates of one forecast; a null date is beyond the horizon.
   *
   * @param p50 the median delivery date
   * @param p80 the 80th percentile, not before {@code p50}
   * @param p95 the 95th percentile, not before {@code p80}
   */
  public record Dates(LocalDate p50, LocalDate p80, LocalDate p95) {
    public Dates {
      if (p50 == null && (p80 != null || p95 != null)
          || p80 == null && p95 != null
          || p50 != null && p80 != null && p80.isBefore(p50)
          || p80 != null && p95 != null && p95.isBefore(p80)) {
        throw new IllegalArgumentException(
            "percentile dates must be ordered: " + p50 + ", " + p80 + ", " + p95);
      }
    }
  }

  public ForecastFanInput {
    Objects.requireNonNull(chartId, "chartId");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(horizonEnd, "horizonEnd");
    if ((plain == null) != (adjusted == null) || (plain == null) == (emptyReasonKey == null)) {
      throw new IllegalArgumentException(
          "give both forecasts, or neither and the reason there is none");
    }
  }

  /** No forecast, for the reason {@code reasonKey} (e.g. no item finished in the window). */
  public static ForecastFanInput empty(
      String chartId, String subject, LocalDate start, LocalDate horizonEnd, String reasonKey) {
    return new ForecastFanInput(
        chartId, subject, start, 0, 0, 0, horizonEnd, null, null, reasonKey);
  }

  /**
   * The engine's forecast in working days turned into calendar dates from {@code start}.
   *
   * <p>A plain percentile above the horizon is beyond it (the engine counts unfinished trials as
   * {@code horizonDays + 1}). An adjusted percentile above the horizon is a real date when every
   * trial finished within the horizon, and beyond it otherwise (a delay added to an unfinished
   * trial gives no date).
   */
  public static ForecastFanInput of(
      String chartId,
      String subject,
      RiskAdjustedForecast forecast,
      int items,
      LocalDate start,
      WorkingDays calendar,
      int horizonDays) {
    Objects.requireNonNull(forecast, "forecast");
    Objects.requireNonNull(calendar, "calendar");
    boolean someBeyond = forecast.beyondHorizon() > 0;
    RiskAdjustedForecast.DayPercentiles p = forecast.plain();
    RiskAdjustedForecast.DayPercentiles a = forecast.adjusted();
    Dates plain =
        new Dates(
            date(p.p50(), true, start, calendar, horizonDays),
            date(p.p80(), true, start, calendar, horizonDays),
            date(p.p95(), true, start, calendar, horizonDays));
    Dates adjusted =
        new Dates(
            date(a.p50(), someBeyond, start, calendar, horizonDays),
            date(a.p80(), someBeyond, start, calendar, horizonDays),
            date(a.p95(), someBeyond, start, calendar, horizonDays));
    return new ForecastFanInput(
        chartId,
        subject,
        start,
        items,
        forecast.risks(),
        forecast.trials(),
        calendar.endOf(start, horizonDays),
        plain,
        adjusted,
        null);
  }

  private static LocalDate date(
      double days,
      boolean aboveHorizonIsBeyond,
      LocalDate start,
      WorkingDays calendar,
      int horizon) {
    if (aboveHorizonIsBeyond && days > horizon) {
      return null;
    }
    return calendar.endOf(start, (int) Math.ceil(days));
  }

  /** Whether there is a forecast to draw. */
  public boolean hasForecast() {
    return plain != null;
  }
}
