package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.app.portfolio.chart.ForecastFanChart;
import io.lodestar.pmo.app.portfolio.chart.ForecastFanInput;
import io.lodestar.pmo.app.portfolio.chart.SvgChart;
import io.lodestar.pmo.app.portfolio.port.ResolvedThroughput;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.forecast.ForecastSettings;
import io.lodestar.pmo.engine.forecast.RiskAdjustedForecast;
import io.lodestar.pmo.engine.forecast.RiskAdjustedForecaster;
import io.lodestar.pmo.engine.forecast.ThroughputHistory;
import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.shared.Outcome;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The project page's throughput forecast: "when will the N open items be done", P50/P80/P95, from
 * the project's resolved issues per working day of the last {@value #HISTORY_WEEKS} weeks (one
 * aggregate query), {@value ForecastSettings#DEFAULT_TRIALS} trials with a fixed, shown seed so the
 * figures are reproducible. The risk-adjusted forecast is drawn beside it with no schedule risk
 * folded in: the register does not record schedule impacts in days yet, so it equals the plain one
 * and the page says so.
 */
public final class ProjectForecasts {

  /** Weeks of history the throughput is sampled from. */
  public static final int HISTORY_WEEKS = 12;

  /** The seed of every project forecast; shown on the page. */
  public static final long SEED = 20_261_203L;

  private final ResolvedThroughput throughput;
  private final Texts texts;
  private final Clock clock;
  private final RiskAdjustedForecaster forecaster = new RiskAdjustedForecaster();

  public ProjectForecasts(ResolvedThroughput throughput, Texts texts, Clock clock) {
    this.throughput = Objects.requireNonNull(throughput, "throughput");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * The forecast of {@code openItems} items of a project.
   *
   * @param openItems the project's not-done items the viewer may see
   */
  public ForecastView forecast(String projectKey, String projectName, long openItems) {
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    LocalDate from = today.minusWeeks(HISTORY_WEEKS);
    LocalDate to = today.minusDays(1);
    Map<LocalDate, Integer> resolved = throughput.resolvedPerDay(projectKey, from, to);
    List<Integer> daily = new ArrayList<>();
    int carried = 0; // a weekend's resolutions count on the next working day
    long total = 0;
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      int n = resolved.getOrDefault(d, 0);
      total += n;
      if (isWeekend(d)) {
        carried += n;
      } else {
        daily.add(n + carried);
        carried = 0;
      }
    }
    if (carried > 0 && !daily.isEmpty()) {
      daily.set(daily.size() - 1, daily.get(daily.size() - 1) + carried);
    }
    int items = (int) Math.min(openItems, Integer.MAX_VALUE);
    ForecastSettings settings = ForecastSettings.of(SEED);
    ThroughputHistory history = ThroughputHistory.of(daily.stream().mapToInt(i -> i).toArray());
    String basis =
        texts.text(
            "lodestar.portfolio.forecast.basis",
            total,
            HISTORY_WEEKS,
            from.toString(),
            to.toString(),
            settings.trials(),
            String.valueOf(SEED));
    ForecastFanInput input;
    String percentiles = "";
    LocalDate horizonEnd = plusWorkingDays(today, settings.horizonDays());
    if (items == 0) {
      input =
          new ForecastFanInput(
              "forecast-" + projectKey,
              projectKey + " " + projectName,
              today,
              0,
              0,
              settings.trials(),
              horizonEnd,
              null,
              null,
              "lodestar.portfolio.forecast.na.noOpenItems");
    } else {
      Outcome<RiskAdjustedForecast> outcome =
          forecaster.when(history, items, List.of(), ImpactDistribution.PERT, settings);
      if (outcome instanceof Outcome.Ok<RiskAdjustedForecast> ok) {
        RiskAdjustedForecast f = ok.value();
        ForecastFanInput.Dates plain = dates(today, f.plain(), settings.horizonDays());
        ForecastFanInput.Dates adjusted = dates(today, f.adjusted(), settings.horizonDays());
        input =
            new ForecastFanInput(
                "forecast-" + projectKey,
                projectKey + " " + projectName,
                today,
                items,
                f.risks(),
                f.trials(),
                horizonEnd,
                plain,
                adjusted,
                null);
        percentiles =
            texts.text(
                "lodestar.portfolio.forecast.percentiles",
                items,
                text(plain.p50()),
                text(plain.p80()),
                text(plain.p95()));
      } else {
        input =
            new ForecastFanInput(
                "forecast-" + projectKey,
                projectKey + " " + projectName,
                today,
                items,
                0,
                settings.trials(),
                horizonEnd,
                null,
                null,
                "lodestar.forecast.na.noThroughput");
      }
    }
    SvgChart chart = new ForecastFanChart(texts, Locale.ROOT).render(input);
    return new ForecastView(
        chart.svgHtml(),
        chart.table().tableHtml(),
        chart.notes(),
        chart.empty(),
        percentiles,
        basis,
        texts.text("lodestar.portfolio.forecast.noRisks"));
  }

  private String text(LocalDate date) {
    return date == null ? texts.text("lodestar.portfolio.forecast.beyond") : date.toString();
  }

  private static ForecastFanInput.Dates dates(
      LocalDate today, RiskAdjustedForecast.DayPercentiles p, int horizon) {
    return new ForecastFanInput.Dates(
        date(today, p.p50(), horizon),
        date(today, p.p80(), horizon),
        date(today, p.p95(), horizon));
  }

  private static LocalDate date(LocalDate today, double workingDays, int horizon) {
    if (!(workingDays <= horizon)) {
      return null;
    }
    return plusWorkingDays(today, (int) Math.ceil(workingDays));
  }

  static LocalDate plusWorkingDays(LocalDate start, int days) {
    LocalDate d = start;
    int left = days;
    while (left > 0) {
      d = d.plusDays(1);
      if (!isWeekend(d)) {
        left--;
      }
    }
    return d;
  }

  private static boolean isWeekend(LocalDate d) {
    return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /**
   * The forecast section.
   *
   * @param svgHtml the fan chart, escaped where built
   * @param tableHtml the same dates as a table
   * @param notes what the chart leaves out
   * @param empty whether there was no forecast (the chart says why)
   * @param percentiles "N open items: P50 …, P80 …, P95 …"; "" when none
   * @param basis the history, trials and seed
   * @param risksNote why no schedule risk is folded in
   */
  public record ForecastView(
      String svgHtml,
      String tableHtml,
      List<String> notes,
      boolean empty,
      String percentiles,
      String basis,
      String risksNote) {
    public ForecastView {
      notes = List.copyOf(notes);
    }
  }
}
