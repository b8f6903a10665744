package io.lodestar.pmo.app.portfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.forecast.RiskAdjustedForecast;
import io.lodestar.pmo.engine.forecast.RiskAdjustedForecast.DayPercentiles;
import io.lodestar.pmo.engine.shared.WorkingDays;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.Test;
import org.w3c.dom.Element;

public class ForecastFanChartTest {

  private static final LocalDate START = LocalDate.of(2027, 1, 4); // a Monday

  private final ForecastFanChart target = new ForecastFanChart(new BundleTexts(), Locale.ENGLISH);

  private static ForecastFanInput input(String subject, ForecastFanInput.Dates adjusted) {
    return new ForecastFanInput(
        "fan-MOB",
        subject,
        START,
        120,
        14,
        10_000,
        START.plusDays(200),
        new ForecastFanInput.Dates(START.plusDays(30), START.plusDays(60), START.plusDays(90)),
        adjusted,
        null);
  }

  private static ForecastFanInput.Dates adjustedTo120Days() {
    return new ForecastFanInput.Dates(START.plusDays(40), START.plusDays(75), START.plusDays(120));
  }

  private static double x(Element markerGroup) {
    return Double.parseDouble(
        markerGroup
            .getElementsByTagNameNS(SvgDocument.SVG_NS, "line")
            .item(0)
            .getAttributes()
            .getNamedItem("x1")
            .getNodeValue());
  }

  @Test
  public void render_shouldPlaceEachPercentileOnTheDateAxis() {
    SvgDocument svg = SvgDocument.parse(target.render(input("Mobile", adjustedTo120Days())).svg());

    // the axis runs from START (x 24) to the latest date, START + 120 (x 580): 556 px / 120 days
    List<Element> plain = svg.inGroup("lodestar-chart-lane-plain", "g");
    List<Element> adjusted = svg.inGroup("lodestar-chart-lane-adjusted", "g");
    assertThat(plain).extracting(ForecastFanChartTest::x).containsExactly(163.0, 302.0, 441.0);
    assertThat(adjusted).extracting(ForecastFanChartTest::x).containsExactly(209.3, 371.5, 580.0);
    List<Element> bands = svg.inGroup("lodestar-chart-lane-plain", "rect");
    assertThat(bands).extracting(e -> e.getAttribute("x")).containsExactly("24", "163", "302");
    assertThat(bands).extracting(e -> e.getAttribute("width")).containsExactly("139", "139", "139");
    assertThat(bands.get(2).getAttribute("fill")).isEqualTo("url(#fan-mob-hatch)");
  }

  @Test
  public void render_shouldLabelEveryPercentileWithText_andDescribeBothForecasts() {
    SvgChart chart = target.render(input("Mobile", adjustedTo120Days()));

    SvgDocument svg = SvgDocument.parse(chart.svg());
    assertThat(svg.texts())
        .contains(
            "P50 \u00b7 3 Feb 2027",
            "P80 \u00b7 5 Mar 2027",
            "P95 \u00b7 4 Apr 2027",
            "P95 \u00b7 4 May 2027",
            "Plain forecast (throughput only)",
            "Risk-adjusted (14 schedule risks)",
            "Until P50 (even odds)",
            "P80 to P95 (hatched)");
    assertThat(svg.all("desc").get(0).getTextContent())
        .isEqualTo(
            "When 120 items of Mobile will be done, counted from 4 Jan 2027. Plain forecast: P50 3"
                + " Feb 2027, P80 5 Mar 2027, P95 4 Apr 2027. With 14 schedule risks folded in: P50"
                + " 13 Feb 2027, P80 20 Mar 2027, P95 4 May 2027. From 10,000 trials.");
    assertThat(chart.table().rows())
        .containsExactly(
            List.of("Plain forecast (throughput only)", "3 Feb 2027", "5 Mar 2027", "4 Apr 2027"),
            List.of(
                "Risk-adjusted (14 schedule risks)", "13 Feb 2027", "20 Mar 2027", "4 May 2027"));
  }

  @Test
  public void render_shouldRunToTheEdgeWithAnArrowAndANote_whenAPercentileIsBeyondTheHorizon() {
    SvgChart chart =
        target.render(
            input(
                "Mobile",
                new ForecastFanInput.Dates(START.plusDays(40), START.plusDays(75), null)));

    SvgDocument svg = SvgDocument.parse(chart.svg());
    List<Element> adjusted = svg.inGroup("lodestar-chart-lane-adjusted", "g");
    assertThat(x(adjusted.get(2))).isEqualTo(580.0);
    assertThat(svg.inGroup("lodestar-chart-marker-p95", "polygon"))
        .isEmpty(); // plain P95 is a date
    assertThat(adjusted.get(2).getElementsByTagNameNS(SvgDocument.SVG_NS, "polygon").getLength())
        .isEqualTo(1);
    assertThat(svg.texts()).contains("P95 beyond 23 Jul 2027");
    assertThat(chart.notes())
        .containsExactly(
            "Some percentiles lie beyond the forecast horizon (23 Jul 2027): their band runs to the"
                + " edge with an arrow.");
    assertThat(chart.table().rows().get(1)).endsWith("beyond 23 Jul 2027");
  }

  @Test
  public void render_shouldEscapeTheSubject() {
    SvgChart chart = target.render(input("<script>x()</script>", adjustedTo120Days()));

    SvgDocument svg = SvgDocument.parse(chart.svg());
    assertThat(chart.svg()).doesNotContain("<script");
    assertThat(svg.elements()).noneMatch(e -> e.getLocalName().equals("script"));
    assertThat(svg.all("title").get(0).getTextContent())
        .isEqualTo("Delivery forecast: <script>x()</script>");
    assertThat(chart.table().tableHtml()).doesNotContain("<script");
  }

  @Test
  public void render_shouldSayWhyThereIsNoForecast() {
    SvgChart chart =
        target.render(
            ForecastFanInput.empty(
                "fan", "Mobile", START, START.plusDays(200), "lodestar.forecast.na.noThroughput"));

    SvgDocument svg = SvgDocument.parse(chart.svg());
    assertThat(chart.empty()).isTrue();
    assertThat(svg.all("rect")).hasSize(2); // the background and the empty-state frame
    assertThat(svg.texts()).contains("No forecast: no item was finished in the chosen window.");
    assertThat(chart.table().rows()).isEmpty();
  }

  @Test
  public void of_shouldTurnWorkingDaysIntoDates_andMarkWhatIsBeyondTheHorizon() {
    RiskAdjustedForecast forecast =
        new RiskAdjustedForecast(
            new DayPercentiles(10, 15, 61), new DayPercentiles(12, 18.5, 70), 3, 1000, 80);

    ForecastFanInput input =
        ForecastFanInput.of("f", "Mobile", forecast, 40, START, WorkingDays.MONDAY_TO_FRIDAY, 60);

    // 10 working days from Monday 4 Jan end on Friday 15 Jan; 15 on Friday 22 Jan; 19 on Thu 28
    assertThat(input.plain())
        .isEqualTo(
            new ForecastFanInput.Dates(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 22), null));
    assertThat(input.adjusted().p80()).isEqualTo(LocalDate.of(2027, 1, 28));
    assertThat(input.adjusted().p95())
        .isNull(); // above the horizon while some trials never finished
    assertThat(input.horizonEnd()).isEqualTo(WorkingDays.MONDAY_TO_FRIDAY.endOf(START, 60));
    assertThat(input.risks()).isEqualTo(3);
  }

  @Test
  public void of_shouldKeepAnAdjustedDateAboveTheHorizon_whenEveryTrialFinished() {
    RiskAdjustedForecast forecast =
        new RiskAdjustedForecast(
            new DayPercentiles(10, 15, 20), new DayPercentiles(12, 18, 65), 3, 1000, 0);

    ForecastFanInput input =
        ForecastFanInput.of("f", "Mobile", forecast, 40, START, WorkingDays.MONDAY_TO_FRIDAY, 60);

    assertThat(input.adjusted().p95()).isEqualTo(WorkingDays.MONDAY_TO_FRIDAY.endOf(START, 65));
  }

  @Test
  public void input_shouldRefuseUnorderedDatesAndAForecastWithAReason() {
    assertThatThrownBy(() -> new ForecastFanInput.Dates(START.plusDays(2), START, null))
        .hasMessageContaining("ordered");
    assertThatThrownBy(
            () ->
                new ForecastFanInput(
                    "f", "M", START, 1, 0, 1, START, adjustedTo120Days(), adjustedTo120Days(), "k"))
        .hasMessageContaining("neither");
  }
}
