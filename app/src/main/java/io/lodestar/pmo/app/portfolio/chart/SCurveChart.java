package io.lodestar.pmo.app.portfolio.chart;

import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.markup.MarkupWriter;
import io.lodestar.pmo.engine.portfolio.snapshot.SCurvePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * The S-curve as SVG: cumulative planned value, earned value and actual cost over the snapshot
 * dates, on a value axis from 0 in the node's currency, with the BAC as a reference line.
 *
 * <p>The three lines differ in colour <em>and</em> in dash pattern (PV dashed, EV solid, AC dotted)
 * and marker shape (PV circles, EV squares, AC triangles, drawn while there are at most {@value
 * #MAX_MARKERS} points), and the legend names each one, so the chart reads in greyscale and for
 * colour-blind viewers. A figure that was n/a on a date is not drawn as 0: the line has a gap, and
 * a note under the chart says how many dates lack it. The chart, its notes and its table are the
 * same for the same input (no clock, no random, root-locale coordinates).
 */
public final class SCurveChart {

  static final int WIDTH = 720;
  static final int PLOT_LEFT = 88;
  static final int PLOT_RIGHT = 696;
  static final int PLOT_TOP = 52;
  static final int PLOT_BOTTOM = 316;
  static final int BASE_HEIGHT = 424;
  static final int NOTE_LINE = 18;
  static final int MAX_MARKERS = 60;

  /** One line of the chart. */
  enum Line {
    PV("pv", "#2F6BD6", "9 5", "lodestar.portfolio.chart.scurve.pv", SCurvePoint::pv),
    EV("ev", "#1F845A", null, "lodestar.portfolio.chart.scurve.ev", SCurvePoint::ev),
    AC("ac", "#C9372C", "2 4", "lodestar.portfolio.chart.scurve.ac", SCurvePoint::ac);

    final String id;
    final String colour;
    final String dash;
    final String labelKey;
    final Function<SCurvePoint, BigDecimal> value;

    Line(
        String id,
        String colour,
        String dash,
        String labelKey,
        Function<SCurvePoint, BigDecimal> value) {
      this.id = id;
      this.colour = colour;
      this.dash = dash;
      this.labelKey = labelKey;
      this.value = value;
    }
  }

  private final Texts texts;
  private final ChartFormat format;

  /**
   * @param texts the viewer's texts
   * @param locale the viewer's locale, for numbers and dates
   */
  public SCurveChart(Texts texts, Locale locale) {
    this.texts = Objects.requireNonNull(texts, "texts");
    this.format = new ChartFormat(locale);
  }

  /** Draws the chart. */
  public SvgChart render(SCurveInput input) {
    Objects.requireNonNull(input, "input");
    String id = Ids.sanitize(input.chartId());
    String title = texts.text("lodestar.portfolio.chart.scurve.title", input.nodeName());
    List<SCurvePoint> points = input.points();
    DataTable table = table(input);
    boolean anyValue =
        points.stream().anyMatch(p -> p.pv() != null || p.ev() != null || p.ac() != null);
    if (!anyValue) {
      String reason =
          texts.text(
              points.isEmpty()
                  ? "lodestar.portfolio.chart.scurve.empty"
                  : "lodestar.portfolio.chart.scurve.emptyNotApplicable");
      return new SvgChart(Frames.empty(id, WIDTH, title, reason), table, List.of(reason), true);
    }

    List<String> notes = new ArrayList<>();
    for (Line line : Line.values()) {
      long missing = points.stream().filter(p -> line.value.apply(p) == null).count();
      if (missing > 0) {
        notes.add(
            texts.text(
                "lodestar.portfolio.chart.scurve.gaps",
                texts.text(line.labelKey),
                missing,
                points.size()));
      }
    }
    double largest = input.bac() == null ? 0 : input.bac().doubleValue();
    for (SCurvePoint p : points) {
      for (Line line : Line.values()) {
        BigDecimal v = line.value.apply(p);
        if (v != null) {
          largest = Math.max(largest, v.doubleValue());
        }
      }
    }
    ValueAxis yAxis = ValueAxis.covering(largest, PLOT_BOTTOM, PLOT_TOP);
    DateAxis xAxis =
        DateAxis.over(
            points.get(0).date(), points.get(points.size() - 1).date(), PLOT_LEFT, PLOT_RIGHT);
    int height = BASE_HEIGHT + NOTE_LINE * notes.size();

    MarkupWriter svg = Frames.open(id, WIDTH, height, title, description(input));
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
    drawValueAxis(svg, yAxis, input.currency());
    drawDateAxis(svg, xAxis);
    if (input.bac() != null) {
      double y = yAxis.y(input.bac().doubleValue());
      svg.open("g", "class", "lodestar-chart-bac");
      svg.empty(
          "line",
          "x1",
          (double) PLOT_LEFT,
          "y1",
          y,
          "x2",
          (double) PLOT_RIGHT,
          "y2",
          y,
          "stroke",
          "#626F86",
          "stroke-width",
          "1",
          "stroke-dasharray",
          "1 3");
      svg.text(
          "text",
          texts.text("lodestar.portfolio.chart.scurve.bac", format.amount(input.bac())),
          "x",
          (double) PLOT_RIGHT,
          "y",
          y - 5,
          "text-anchor",
          "end",
          "font-size",
          "11",
          "fill",
          "#44546F");
      svg.close();
    }
    for (Line line : Line.values()) {
      drawLine(svg, line, points, xAxis, yAxis);
    }
    drawLegend(svg);
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

  private String description(SCurveInput input) {
    List<SCurvePoint> points = input.points();
    SCurvePoint last = points.get(points.size() - 1);
    return texts.text(
        "lodestar.portfolio.chart.scurve.description",
        input.nodeName(),
        format.day(points.get(0).date()),
        format.day(last.date()),
        input.currency(),
        amountOrNa(last.pv()),
        amountOrNa(last.ev()),
        amountOrNa(last.ac()));
  }

  private String amountOrNa(BigDecimal value) {
    return value == null ? texts.text("lodestar.portfolio.chart.na") : format.amount(value);
  }

  private DataTable table(SCurveInput input) {
    List<String> headers = new ArrayList<>();
    headers.add(texts.text("lodestar.portfolio.chart.scurve.table.date"));
    for (Line line : Line.values()) {
      headers.add(texts.text(line.labelKey) + " (" + input.currency() + ")");
    }
    List<List<String>> rows = new ArrayList<>();
    for (SCurvePoint p : input.points()) {
      List<String> row = new ArrayList<>();
      row.add(format.day(p.date()));
      for (Line line : Line.values()) {
        row.add(amountOrNa(line.value.apply(p)));
      }
      rows.add(row);
    }
    return new DataTable(
        texts.text(
            "lodestar.portfolio.chart.scurve.table.caption", input.nodeName(), input.currency()),
        headers,
        rows,
        texts.text("lodestar.portfolio.chart.scurve.empty"));
  }

  private void drawValueAxis(MarkupWriter svg, ValueAxis axis, String currency) {
    svg.open(
        "g",
        "class",
        "lodestar-chart-axis lodestar-chart-axis-y",
        "font-size",
        "11",
        "fill",
        "#44546F");
    for (double tick : axis.ticks()) {
      double y = axis.y(tick);
      svg.empty(
          "line",
          "x1",
          (double) PLOT_LEFT,
          "y1",
          y,
          "x2",
          (double) PLOT_RIGHT,
          "y2",
          y,
          "stroke",
          tick == 0 ? "#626F86" : "#DCDFE4",
          "stroke-width",
          "1");
      svg.text("text", format.tick(tick), "x", PLOT_LEFT - 8.0, "y", y + 4, "text-anchor", "end");
    }
    double middle = (PLOT_TOP + PLOT_BOTTOM) / 2.0;
    svg.text(
        "text",
        texts.text("lodestar.portfolio.chart.scurve.axis.y", currency),
        "x",
        18.0,
        "y",
        middle,
        "text-anchor",
        "middle",
        "font-size",
        "12",
        "transform",
        "rotate(-90 18 " + MarkupWriter.number(middle) + ")");
    svg.close();
  }

  private void drawDateAxis(MarkupWriter svg, DateAxis axis) {
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
        (double) PLOT_BOTTOM,
        "x2",
        (double) PLOT_LEFT,
        "y2",
        (double) PLOT_TOP,
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
          (double) PLOT_BOTTOM,
          "x2",
          x,
          "y2",
          PLOT_BOTTOM + 5.0,
          "stroke",
          "#626F86",
          "stroke-width",
          "1");
      svg.text(
          "text",
          axis.weekly() ? format.dayMonth(tick) : format.month(tick),
          "x",
          x,
          "y",
          PLOT_BOTTOM + 19.0,
          "text-anchor",
          "middle");
    }
    svg.text(
        "text",
        texts.text("lodestar.portfolio.chart.scurve.axis.x"),
        "x",
        (PLOT_LEFT + PLOT_RIGHT) / 2.0,
        "y",
        PLOT_BOTTOM + 42.0,
        "text-anchor",
        "middle",
        "font-size",
        "12");
    svg.close();
  }

  private void drawLine(
      MarkupWriter svg, Line line, List<SCurvePoint> points, DateAxis x, ValueAxis y) {
    svg.open(
        "g",
        "class",
        "lodestar-chart-series lodestar-chart-" + line.id,
        "fill",
        "none",
        "stroke",
        line.colour,
        "stroke-width",
        "2.5",
        "stroke-dasharray",
        line.dash,
        "stroke-linejoin",
        "round");
    // one polyline per run of defined values: an n/a date breaks the line
    StringBuilder run = new StringBuilder();
    int runLength = 0;
    for (SCurvePoint p : points) {
      BigDecimal v = line.value.apply(p);
      if (v == null) {
        runLength = flush(svg, run, runLength);
        continue;
      }
      if (runLength > 0) {
        run.append(' ');
      }
      run.append(MarkupWriter.number(x.x(p.date())))
          .append(',')
          .append(MarkupWriter.number(y.y(v.doubleValue())));
      runLength++;
    }
    flush(svg, run, runLength);
    svg.close();
    boolean markers = points.size() <= MAX_MARKERS;
    svg.open(
        "g",
        "class",
        "lodestar-chart-markers lodestar-chart-" + line.id + "-markers",
        "fill",
        line.colour,
        "stroke",
        "none");
    for (SCurvePoint p : points) {
      BigDecimal v = line.value.apply(p);
      if (v != null && (markers || runIsolated(line, points, p))) {
        marker(svg, line, x.x(p.date()), y.y(v.doubleValue()));
      }
    }
    svg.close();
  }

  /** A lone defined value between two gaps is drawn as a marker even when markers are off. */
  private static boolean runIsolated(Line line, List<SCurvePoint> points, SCurvePoint p) {
    int i = points.indexOf(p);
    boolean before = i > 0 && line.value.apply(points.get(i - 1)) != null;
    boolean after = i < points.size() - 1 && line.value.apply(points.get(i + 1)) != null;
    return !before && !after;
  }

  private static int flush(MarkupWriter svg, StringBuilder run, int runLength) {
    if (runLength > 1) {
      svg.empty("polyline", "points", run.toString());
    }
    run.setLength(0);
    return 0;
  }

  private static void marker(MarkupWriter svg, Line line, double x, double y) {
    switch (line) {
      case PV -> svg.empty("circle", "cx", x, "cy", y, "r", "3.5");
      case EV -> svg.empty("rect", "x", x - 3.5, "y", y - 3.5, "width", "7", "height", "7");
      case AC ->
          svg.empty(
              "polygon",
              "points",
              MarkupWriter.number(x)
                  + ","
                  + MarkupWriter.number(y - 4.5)
                  + " "
                  + MarkupWriter.number(x + 4.5)
                  + ","
                  + MarkupWriter.number(y + 3.5)
                  + " "
                  + MarkupWriter.number(x - 4.5)
                  + ","
                  + MarkupWriter.number(y + 3.5));
    }
  }

  private void drawLegend(MarkupWriter svg) {
    double y = PLOT_BOTTOM + 70.0;
    double x = PLOT_LEFT;
    svg.open("g", "class", "lodestar-chart-legend", "font-size", "12", "fill", "#172B4D");
    for (Line line : Line.values()) {
      svg.empty(
          "line",
          "x1",
          x,
          "y1",
          y - 4,
          "x2",
          x + 34,
          "y2",
          y - 4,
          "stroke",
          line.colour,
          "stroke-width",
          "2.5",
          "stroke-dasharray",
          line.dash);
      svg.open("g", "fill", line.colour);
      marker(svg, line, x + 17, y - 4);
      svg.close();
      String label = texts.text(line.labelKey);
      svg.text("text", label, "x", x + 42, "y", y);
      x += 42 + 8 * label.length() + 24;
    }
    svg.close();
  }
}
