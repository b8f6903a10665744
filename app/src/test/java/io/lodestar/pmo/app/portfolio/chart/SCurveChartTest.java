package io.lodestar.pmo.app.portfolio.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SCurvePoint;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.Test;
import org.w3c.dom.Element;

public class SCurveChartTest {

  private static final LocalDate JAN_1 = LocalDate.of(2026, 1, 1);

  private final SCurveChart target = new SCurveChart(new BundleTexts(), Locale.ENGLISH);

  private static SCurvePoint point(LocalDate date, String pv, String ev, String ac) {
    return new SCurvePoint(date, amount(pv), amount(ev), amount(ac));
  }

  private static BigDecimal amount(String text) {
    return text == null ? null : new BigDecimal(text);
  }

  private static SCurveInput threePoints(String name) {
    // 0, 30 and 60 days from the first date; EV 0, 50, 100; BAC 100 makes the axis 0..100
    return new SCurveInput(
        "scurve-MOB",
        name,
        "EUR",
        List.of(
            point(JAN_1.plusDays(60), "100", "100", "90"),
            point(JAN_1, "0", "0", "0"),
            point(JAN_1.plusDays(30), "60", "50", "45")),
        new BigDecimal("100"));
  }

  @Test
  public void render_shouldBeAnSvgLabelledByItsTitleAndDescription() {
    SvgChart chart = target.render(threePoints("Mobile banking"));

    SvgDocument svg = SvgDocument.parse(chart.svg());
    Element root = svg.root();
    assertThat(root.getLocalName()).isEqualTo("svg");
    assertThat(root.getAttribute("role")).isEqualTo("img");
    assertThat(root.getAttribute("aria-labelledby")).isEqualTo("scurve-mob-title scurve-mob-desc");
    assertThat(svg.all("title").get(0).getTextContent()).isEqualTo("S-curve: Mobile banking");
    assertThat(svg.all("title").get(0).getAttribute("id")).isEqualTo("scurve-mob-title");
    assertThat(svg.all("desc").get(0).getTextContent())
        .isEqualTo(
            "Planned value, earned value and actual cost of Mobile banking from 1 Jan 2026 to 2"
                + " Mar 2026, in EUR. On 2 Mar 2026: planned value 100.00, earned value 100.00,"
                + " actual cost 90.00.");
    assertThat(chart.empty()).isFalse();
    assertThat(chart.notes()).isEmpty();
  }

  @Test
  public void render_shouldPlaceKnownPointsAtTheirCoordinates() {
    SvgDocument svg = SvgDocument.parse(target.render(threePoints("Mobile")).svg());

    List<Element> ev = svg.inGroup("lodestar-chart-ev", "polyline");
    List<Element> pv = svg.inGroup("lodestar-chart-pv", "polyline");

    // x: 88 + 608 * days / 60; y: 316 - 264 * value / 100
    assertThat(ev).hasSize(1);
    assertThat(ev.get(0).getAttribute("points")).isEqualTo("88,316 392,184 696,52");
    assertThat(pv.get(0).getAttribute("points")).isEqualTo("88,316 392,157.6 696,52");
    Element bac = svg.inGroup("lodestar-chart-bac", "line").get(0);
    assertThat(bac.getAttribute("y1")).isEqualTo("52");
    assertThat(svg.texts()).contains("Budget at completion 100.00", "0", "20", "100");
  }

  @Test
  public void render_shouldTellTheLinesApartByDashMarkerAndLegendText() {
    SvgDocument svg = SvgDocument.parse(target.render(threePoints("Mobile")).svg());

    assertThat(svg.group("lodestar-chart-pv").getAttribute("stroke-dasharray")).isEqualTo("9 5");
    assertThat(svg.group("lodestar-chart-ev").hasAttribute("stroke-dasharray")).isFalse();
    assertThat(svg.group("lodestar-chart-ac").getAttribute("stroke-dasharray")).isEqualTo("2 4");
    assertThat(svg.inGroup("lodestar-chart-pv-markers", "circle")).hasSize(3);
    assertThat(svg.inGroup("lodestar-chart-ev-markers", "rect")).hasSize(3);
    assertThat(svg.inGroup("lodestar-chart-ac-markers", "polygon")).hasSize(3);
    assertThat(svg.inGroup("lodestar-chart-legend", "text"))
        .extracting(Element::getTextContent)
        .containsExactly("Planned value (PV)", "Earned value (EV)", "Actual cost (AC)");
    assertThat(svg.texts()).contains("Cumulative amount (EUR)", "Snapshot date");
  }

  @Test
  public void render_shouldEscapeTheNodeName_soThatAScriptStaysText() {
    String name = "<script>alert('x')</script> & \"Co\"\u0007";

    SvgChart chart = target.render(threePoints(name));

    SvgDocument svg = SvgDocument.parse(chart.svg());
    assertThat(svg.elements()).noneMatch(e -> e.getLocalName().equalsIgnoreCase("script"));
    assertThat(chart.svg()).doesNotContain("<script").contains("&lt;script&gt;");
    assertThat(svg.all("title").get(0).getTextContent())
        .isEqualTo("S-curve: <script>alert('x')</script> & \"Co\"\uFFFD");
    assertThat(chart.table().tableHtml())
        .doesNotContain("<script")
        .contains(
            "S-curve of &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot;");
  }

  @Test
  public void render_shouldLeaveAGapAndANote_whereAFigureIsNotApplicable() {
    List<SCurvePoint> points = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      points.add(
          point(
              JAN_1.plusDays(10L * i),
              String.valueOf(20 * i),
              i == 2 ? null : String.valueOf(15 * i),
              null));
    }

    SvgChart chart =
        target.render(new SCurveInput("s", "Mobile", "EUR", points, new BigDecimal("100")));

    SvgDocument svg = SvgDocument.parse(chart.svg());
    // EV: two runs either side of the n/a date, none of them at 0 on that date (x = 392)
    List<Element> ev = svg.inGroup("lodestar-chart-ev", "polyline");
    assertThat(ev)
        .extracting(e -> e.getAttribute("points"))
        .containsExactly("88,316 240,276.4", "544,197.2 696,157.6");
    assertThat(svg.inGroup("lodestar-chart-ac", "polyline")).isEmpty();
    assertThat(chart.notes())
        .containsExactly(
            "Earned value (EV) is n/a on 1 of 5 dates: its line has gaps there, it is not drawn as"
                + " 0.",
            "Actual cost (AC) is n/a on 5 of 5 dates: its line has gaps there, it is not drawn as"
                + " 0.");
    assertThat(svg.texts()).containsAll(chart.notes());
    assertThat(chart.table().rows().get(2)).containsExactly("21 Jan 2026", "40.00", "n/a", "n/a");
  }

  @Test
  public void render_shouldSayWhyItIsEmpty_whenThereIsNoSnapshot() {
    SvgChart chart = target.render(new SCurveInput("s", "Mobile", "EUR", List.of(), null));

    SvgDocument svg = SvgDocument.parse(chart.svg());
    assertThat(chart.empty()).isTrue();
    assertThat(svg.all("polyline")).isEmpty();
    assertThat(svg.texts())
        .contains("No snapshot yet: the S-curve starts with the first nightly snapshot.");
    assertThat(chart.table().rows()).isEmpty();
    assertThat(chart.table().tableHtml())
        .contains(
            "<td colspan=\"4\">No snapshot yet: the S-curve starts with the first nightly snapshot.</td>");
  }

  @Test
  public void render_shouldSayWhyItIsEmpty_whenEveryFigureIsNotApplicable() {
    SvgChart chart =
        target.render(
            new SCurveInput("s", "Mobile", "EUR", List.of(point(JAN_1, null, null, null)), null));

    assertThat(chart.empty()).isTrue();
    assertThat(SvgDocument.parse(chart.svg()).texts())
        .contains(
            "No snapshot has a planned value, earned value or actual cost yet (no budget, baseline"
                + " or rates).");
    assertThat(chart.table().rows()).hasSize(1);
  }

  @Test
  public void render_shouldGiveTheSameMarkup_forTheSameInput() {
    assertThat(target.render(threePoints("Mobile")).svg())
        .isEqualTo(
            new SCurveChart(new BundleTexts(), Locale.ENGLISH).render(threePoints("Mobile")).svg());
  }

  @Test
  public void of_shouldDrawASnapshotSeries_withItsLatestBac() {
    SnapshotNode node = SnapshotNode.project("MOB");
    SnapshotSeries series =
        SnapshotSeries.of(
            node,
            "USD",
            List.of(
                MetricSnapshot.builder(new SnapshotKey(node, JAN_1), "USD")
                    .earnedValue(new BigDecimal("80"), BigDecimal.ONE, BigDecimal.ONE, null)
                    .build(),
                MetricSnapshot.builder(new SnapshotKey(node, JAN_1.plusDays(7)), "USD")
                    .earnedValue(new BigDecimal("120"), BigDecimal.TEN, null, BigDecimal.TEN)
                    .build()));

    SCurveInput input = SCurveInput.of("s", "Mobile", series);

    assertThat(input.bac()).isEqualByComparingTo("120");
    assertThat(input.currency()).isEqualTo("USD");
    assertThat(input.points()).hasSize(2);
    assertThat(target.render(input).table().headers())
        .containsExactly(
            "Date",
            "Planned value (PV) (USD)",
            "Earned value (EV) (USD)",
            "Actual cost (AC) (USD)");
  }

  @Test
  public void axes_shouldHaveNiceTicks() {
    assertThat(ValueAxis.covering(1_234_567, 316, 52).ticks())
        .containsExactly(0.0, 250_000.0, 500_000.0, 750_000.0, 1_000_000.0, 1_250_000.0);
    assertThat(ValueAxis.covering(0, 316, 52).max()).isEqualTo(1.0);
    assertThat(DateAxis.over(JAN_1, JAN_1.plusYears(1), 0, 100).ticks())
        .hasSizeLessThanOrEqualTo(DateAxis.MAX_TICKS)
        .allMatch(d -> d.getDayOfMonth() == 1);
    ChartFormat format = new ChartFormat(Locale.ENGLISH);
    assertThat(format.tick(1_250_000)).isEqualTo("1.25M");
    assertThat(format.tick(250_000)).isEqualTo("250K");
    assertThat(format.tick(0.2)).isEqualTo("0.2");
  }
}
