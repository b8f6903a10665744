package io.lodestar.pmo.app.portfolio.chart;

import io.lodestar.pmo.engine.portfolio.snapshot.SCurvePoint;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Not a test: writes sample charts as HTML pages (each chart inline, with its table and notes) to
 * the directory given as the first argument, to look at them in a browser or take screenshots.
 */
public final class ChartGallery {

  private ChartGallery() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/chart-gallery");
    Files.createDirectories(out);
    BundleTexts texts = new BundleTexts();
    SCurveChart scurve = new SCurveChart(texts, Locale.ENGLISH);
    ForecastFanChart fan = new ForecastFanChart(texts, Locale.ENGLISH);

    LocalDate start = LocalDate.of(2026, 1, 5);
    List<SCurvePoint> year = new ArrayList<>();
    BigDecimal bac = new BigDecimal("1250000");
    for (int week = 0; week <= 47; week++) {
      double t = week / 52.0;
      double planned = 1 / (1 + Math.exp(-10 * (t - 0.5)));
      double earned = 0.88 * 1 / (1 + Math.exp(-10 * (t - 0.55)));
      double actual = 1.07 * earned;
      boolean acMissing = week >= 20 && week <= 23; // the rates were missing for a month
      year.add(
          new SCurvePoint(
              start.plusWeeks(week),
              money(bac, planned),
              money(bac, earned),
              acMissing ? null : money(bac, actual)));
    }
    write(
        out,
        "scurve-year",
        scurve.render(
            new SCurveInput("scurve-mob", "Mobile banking <b>2026</b> & co", "EUR", year, bac)));
    List<SCurvePoint> fourWeeks = new ArrayList<>();
    for (int week = 0; week < 4; week++) {
      fourWeeks.add(
          new SCurvePoint(
              start.plusWeeks(week),
              BigDecimal.valueOf(2500L * week),
              week == 2 ? null : BigDecimal.valueOf(2100L * week),
              BigDecimal.valueOf(2300L * week)));
    }
    write(
        out,
        "scurve-short",
        scurve.render(new SCurveInput("scurve-short", "Pilot", "USD", fourWeeks, null)));
    List<SCurvePoint> daily = new ArrayList<>();
    for (int day = 0; day < 500; day++) {
      double t = day / 500.0;
      daily.add(
          new SCurvePoint(
              start.plusDays(day),
              money(bac, t),
              money(bac, 0.9 * t * t),
              money(bac, 0.95 * t * t + 0.05 * t)));
    }
    write(
        out,
        "scurve-daily",
        scurve.render(new SCurveInput("scurve-daily", "Platform", "EUR", daily, bac)));
    write(
        out,
        "scurve-empty",
        scurve.render(new SCurveInput("scurve-new", "New project", "EUR", List.of(), null)));
    write(
        out,
        "fan",
        fan.render(
            new ForecastFanInput(
                "fan-mob",
                "Mobile banking",
                LocalDate.of(2026, 12, 3),
                180,
                12,
                10_000,
                LocalDate.of(2027, 9, 30),
                new ForecastFanInput.Dates(
                    LocalDate.of(2027, 2, 10), LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 22)),
                new ForecastFanInput.Dates(
                    LocalDate.of(2027, 3, 3), LocalDate.of(2027, 4, 7), LocalDate.of(2027, 5, 19)),
                null)));
    write(
        out,
        "fan-beyond",
        fan.render(
            new ForecastFanInput(
                "fan-ops",
                "Operations <script>alert(1)</script>",
                LocalDate.of(2026, 12, 3),
                400,
                30,
                10_000,
                LocalDate.of(2027, 6, 30),
                new ForecastFanInput.Dates(
                    LocalDate.of(2027, 3, 10), LocalDate.of(2027, 5, 1), LocalDate.of(2027, 6, 12)),
                new ForecastFanInput.Dates(
                    LocalDate.of(2027, 4, 20), LocalDate.of(2027, 6, 25), null),
                null)));
  }

  private static BigDecimal money(BigDecimal bac, double fraction) {
    return bac.multiply(BigDecimal.valueOf(fraction)).setScale(2, RoundingMode.HALF_UP);
  }

  private static void write(Path dir, String name, SvgChart chart) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>")
        .append(name)
        .append("</title><style>body{font-family:sans-serif;margin:16px;background:#fff}")
        .append("table{border-collapse:collapse;margin-top:12px;font-size:12px}")
        .append("td,th{border:1px solid #ccc;padding:2px 6px}.lodestar-num{text-align:right}")
        .append("</style></head><body>")
        .append(chart.svgHtml())
        .append(chart.table().tableHtml())
        .append("</body></html>");
    Files.writeString(dir.resolve(name + ".html"), html, StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(name + ".svg"), chart.svg(), StandardCharsets.UTF_8);
  }
}
