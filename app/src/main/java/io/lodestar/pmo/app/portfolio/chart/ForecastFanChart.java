package io.lodestar.pmo.app.portfolio.chart;

import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.markup.MarkupWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The forecast fan as SVG: two lanes, the plain throughput forecast above the risk-adjusted one, on
 * one date axis from today. Each lane is a band from today to P95 in three parts (to P50, P50 to
 * P80, P80 to P95), darker and then hatched as it grows less likely, with a marker and a text label
 * ("P80 · 12 Mar 2027") at each percentile, so the dates read without colour. A percentile beyond
 * the forecast horizon runs to the edge with an arrow, its label says "beyond" and a note explains
 * it.
 */
public final class ForecastFanChart {

  static final int WIDTH = 720;
  static final int PLOT_LEFT = 24;

  /** Room right of the plot for the labels of late percentiles ("P95 beyond 30 Jun 2027"). */
  static final int PLOT_RIGHT = 580;

  static final int LANE_HEIGHT = 28;
  private static final int[] LANE_TOPS = {112, 222};
  static final int AXIS_Y = 270;
  static final int BASE_HEIGHT = 364;
  static final int NOTE_LINE = 18;

  private static final String[] BAND_FILLS = {"#CCE0FF", "#579DFF", "#0055CC"};
  private static final String[] P_NAMES = {"P50", "P80", "P95"};

  private final Texts texts;
  private final ChartFormat format;

  public ForecastFanChart(Texts texts, Locale locale) {
    this.texts = Objects.requireNonNull(texts, "texts");
    this.format = new ChartFormat(locale);
  }

  /** Draws the chart. */
  public SvgChart render(ForecastFanInput input) {
    Objects.requireNonNull(input, "input");
    String id = Ids.sanitize(input.chartId());
    String title = texts.text("lodestar.portfolio.chart.fan.title", input.subject());
    DataTable table = table(input);
    if (!input.hasForecast()) {
      String reason = texts.text(input.emptyReasonKey());
      return new SvgChart(Frames.empty(id, WIDTH, title, reason), table, List.of(reason), true);
    }
    List<ForecastFanInput.Dates> lanes = List.of(input.plain(), input.adjusted());
    List<String> notes = new ArrayList<>();
    boolean beyond = lanes.stream().anyMatch(d -> d.p95() == null);
    if (beyond) {
      notes.add(
          texts.text("lodestar.portfolio.chart.fan.beyondNote", format.day(input.horizonEnd())));
    }
    LocalDate last = input.start();
    for (ForecastFanInput.Dates d : lanes) {
      for (LocalDate date : dates(d)) {
        if (date != null && date.isAfter(last)) {
          last = date;
        }
      }
    }
    if (beyond && input.horizonEnd().isAfter(last)) {
      last = input.horizonEnd();
    }
    DateAxis axis = DateAxis.over(input.start(), last, PLOT_LEFT, PLOT_RIGHT);
    int height = BASE_HEIGHT + NOTE_LINE * notes.size();

    MarkupWriter svg = Frames.open(id, WIDTH, height, title, description(input));
    svg.open("defs");
    svg.open(
        "pattern",
        "id",
        id + "-hatch",
        "width",
        "6",
        "height",
        "6",
        "patternUnits",
        "userSpaceOnUse",
        "patternTransform",
        "rotate(45)");
    svg.empty("rect", "width", "6", "height", "6", "fill", BAND_FILLS[2]);
    svg.empty(
        "line",
        "x1",
        "0",
        "y1",
        "0",
        "x2",
        "0",
        "y2",
        "6",
        "stroke",
        "#FFFFFF",
        "stroke-width",
        "2.5");
    svg.close().close();
    svg.text(
        "text",
        title,
        "class",
        "lodestar-chart-title",
        "x",
        16.0,
        "y",
        28.0,
        "font-size",
        "16",
        "font-weight",
        "600",
        "fill",
        "#172B4D");
    svg.text(
        "text",
        texts.text(
            "lodestar.portfolio.chart.fan.subtitle",
            input.items(),
            format.day(input.start()),
            input.trials()),
        "x",
        16.0,
        "y",
        48.0,
        "font-size",
        "12",
        "fill",
        "#44546F");
    drawAxis(svg, axis);
    String[] laneLabels = {
      texts.text("lodestar.portfolio.chart.fan.plain"),
      texts.text("lodestar.portfolio.chart.fan.adjusted", input.risks())
    };
    String[] laneIds = {"plain", "adjusted"};
    for (int i = 0; i < lanes.size(); i++) {
      drawLane(svg, id, laneIds[i], laneLabels[i], LANE_TOPS[i], lanes.get(i), input, axis);
    }
    drawLegend(svg, id);
    double noteY = BASE_HEIGHT - 6;
    for (String note : notes) {
      svg.text(
          "text",
          note,
          "class",
          "lodestar-chart-note",
          "x",
          16.0,
          "y",
          noteY,
          "font-size",
          "12",
          "fill",
          "#44546F");
      noteY += NOTE_LINE;
    }
    svg.close();
    return new SvgChart(svg.toXml(), table, notes, false);
  }

  private static LocalDate[] dates(ForecastFanInput.Dates d) {
    return new LocalDate[] {d.p50(), d.p80(), d.p95()};
  }

  private void drawLane(
      MarkupWriter svg,
      String id,
      String laneId,
      String label,
      int top,
      ForecastFanInput.Dates dates,
      ForecastFanInput input,
      DateAxis axis) {
    svg.open("g", "class", "lodestar-chart-lane lodestar-chart-lane-" + laneId);
    svg.text(
        "text",
        label,
        "x",
        (double) PLOT_LEFT,
        "y",
        top - 44.0,
        "font-size",
        "13",
        "font-weight",
        "600",
        "fill",
        "#172B4D");
    LocalDate[] p = dates(dates);
    double from = axis.x(input.start());
    for (int i = 0; i < 3; i++) {
      double to = p[i] == null ? PLOT_RIGHT : axis.x(p[i]);
      if (to > from) {
        svg.empty(
            "rect",
            "class",
            "lodestar-chart-band-" + P_NAMES[i].toLowerCase(Locale.ROOT),
            "x",
            from,
            "y",
            (double) top,
            "width",
            to - from,
            "height",
            (double) LANE_HEIGHT,
            "fill",
            i == 2 ? "url(#" + id + "-hatch)" : BAND_FILLS[i]);
      }
      from = Math.max(from, to);
    }
    for (int i = 0; i < 3; i++) {
      double x = p[i] == null ? PLOT_RIGHT : axis.x(p[i]);
      String text =
          p[i] == null
              ? texts.text(
                  "lodestar.portfolio.chart.fan.beyond", P_NAMES[i], format.day(input.horizonEnd()))
              : P_NAMES[i] + " \u00b7 " + format.day(p[i]);
      svg.open(
          "g",
          "class",
          "lodestar-chart-marker lodestar-chart-marker-" + P_NAMES[i].toLowerCase(Locale.ROOT));
      svg.empty(
          "line",
          "x1",
          x,
          "y1",
          top - 30.0 + 12 * i,
          "x2",
          x,
          "y2",
          top + LANE_HEIGHT + 4.0,
          "stroke",
          "#172B4D",
          "stroke-width",
          "1.5");
      if (p[i] == null) {
        svg.empty(
            "polygon",
            "points",
            MarkupWriter.number(x)
                + ","
                + MarkupWriter.number(top + LANE_HEIGHT / 2.0 - 7)
                + " "
                + MarkupWriter.number(x + 10)
                + ","
                + MarkupWriter.number(top + LANE_HEIGHT / 2.0)
                + " "
                + MarkupWriter.number(x)
                + ","
                + MarkupWriter.number(top + LANE_HEIGHT / 2.0 + 7),
            "fill",
            "#172B4D");
      }
      // each label right of its marker, one row per percentile, P50 on top: a marker's line
      // reaches up to its own row only, so no label crosses another marker's line, and the
      // margin right of the plot holds the longest label
      svg.text(
          "text", text, "x", x + 4, "y", top - 30.0 + 12 * i, "font-size", "11", "fill", "#172B4D");
      svg.close();
    }
    svg.close();
  }

  private void drawAxis(MarkupWriter svg, DateAxis axis) {
    svg.open(
        "g",
        "class",
        "lodestar-chart-axis lodestar-chart-axis-x",
        "font-size",
        "11",
        "fill",
        "#44546F");
    svg.empty(
        "line",
        "x1",
        (double) PLOT_LEFT,
        "y1",
        (double) AXIS_Y,
        "x2",
        (double) PLOT_RIGHT,
        "y2",
        (double) AXIS_Y,
        "stroke",
        "#626F86",
        "stroke-width",
        "1");
    for (LocalDate tick : axis.ticks()) {
      double x = axis.x(tick);
      svg.empty(
          "line",
          "x1",
          x,
          "y1",
          (double) LANE_TOPS[0] - 50,
          "x2",
          x,
          "y2",
          AXIS_Y + 5.0,
          "stroke",
          "#DCDFE4",
          "stroke-width",
          "1");
      svg.text(
          "text",
          axis.weekly() ? format.dayMonth(tick) : format.month(tick),
          "x",
          x,
          "y",
          AXIS_Y + 19.0,
          "text-anchor",
          "middle");
    }
    svg.text(
        "text",
        texts.text("lodestar.portfolio.chart.fan.axis.x"),
        "x",
        (PLOT_LEFT + PLOT_RIGHT) / 2.0,
        "y",
        AXIS_Y + 40.0,
        "text-anchor",
        "middle",
        "font-size",
        "12");
    svg.close();
  }

  private void drawLegend(MarkupWriter svg, String id) {
    double y = AXIS_Y + 66.0;
    double x = PLOT_LEFT;
    svg.open("g", "class", "lodestar-chart-legend", "font-size", "12", "fill", "#172B4D");
    String[] keys = {
      "lodestar.portfolio.chart.fan.legend.toP50",
      "lodestar.portfolio.chart.fan.legend.toP80",
      "lodestar.portfolio.chart.fan.legend.toP95"
    };
    for (int i = 0; i < 3; i++) {
      svg.empty(
          "rect",
          "x",
          x,
          "y",
          y - 11,
          "width",
          "22",
          "height",
          "14",
          "fill",
          i == 2 ? "url(#" + id + "-hatch)" : BAND_FILLS[i],
          "stroke",
          "#626F86",
          "stroke-width",
          "0.5");
      String label = texts.text(keys[i]);
      svg.text("text", label, "x", x + 28, "y", y);
      x += 28 + 7 * label.length() + 24;
    }
    svg.close();
  }

  private String description(ForecastFanInput input) {
    return texts.text(
        "lodestar.portfolio.chart.fan.description",
        input.items(),
        input.subject(),
        format.day(input.start()),
        dateText(input.plain().p50(), input),
        dateText(input.plain().p80(), input),
        dateText(input.plain().p95(), input),
        input.risks(),
        dateText(input.adjusted().p50(), input),
        dateText(input.adjusted().p80(), input),
        dateText(input.adjusted().p95(), input),
        input.trials());
  }

  private String dateText(LocalDate date, ForecastFanInput input) {
    return date == null
        ? texts.text("lodestar.portfolio.chart.fan.beyondDate", format.day(input.horizonEnd()))
        : format.day(date);
  }

  private DataTable table(ForecastFanInput input) {
    List<String> headers =
        List.of(texts.text("lodestar.portfolio.chart.fan.table.forecast"), "P50", "P80", "P95");
    List<List<String>> rows = new ArrayList<>();
    if (input.hasForecast()) {
      rows.add(row(texts.text("lodestar.portfolio.chart.fan.plain"), input.plain(), input));
      rows.add(
          row(
              texts.text("lodestar.portfolio.chart.fan.adjusted", input.risks()),
              input.adjusted(),
              input));
    }
    return new DataTable(
        texts.text("lodestar.portfolio.chart.fan.table.caption", input.subject()),
        headers,
        rows,
        input.hasForecast() ? "" : texts.text(input.emptyReasonKey()));
  }

  private List<String> row(String label, ForecastFanInput.Dates d, ForecastFanInput input) {
    return List.of(
        label, dateText(d.p50(), input), dateText(d.p80(), input), dateText(d.p95(), input));
  }
}
