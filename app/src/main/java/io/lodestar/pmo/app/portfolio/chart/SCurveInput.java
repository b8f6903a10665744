package io.lodestar.pmo.app.portfolio.chart;

import io.lodestar.pmo.engine.portfolio.snapshot.SCurvePoint;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.shared.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What the S-curve draws.
 *
 * @param chartId id prefix of the SVG's title and description elements, unique on the page; only
 *     a–z, 0–9 and - are kept
 * @param nodeName the project's, program's or portfolio's name, shown in the title (any text: it is
 *     escaped)
 * @param currency ISO 4217 code of every amount
 * @param points the snapshots' PV, EV and AC, any order (drawn by date), at most {@link
 *     SnapshotSeries#MAX_POINTS}
 * @param bac budget at completion, drawn as a reference line; null when n/a
 */
public record SCurveInput(
    String chartId, String nodeName, String currency, List<SCurvePoint> points, BigDecimal bac) {

  public SCurveInput {
    Objects.requireNonNull(chartId, "chartId");
    Objects.requireNonNull(nodeName, "nodeName");
    currency = Money.checkCurrency(currency);
    List<SCurvePoint> sorted = new ArrayList<>(points);
    sorted.sort(Comparator.comparing(SCurvePoint::date));
    if (sorted.size() > SnapshotSeries.MAX_POINTS) {
      throw new IllegalArgumentException("at most " + SnapshotSeries.MAX_POINTS + " points");
    }
    points = List.copyOf(sorted);
  }

  /** The S-curve of a snapshot series, with the latest BAC. */
  public static SCurveInput of(String chartId, String nodeName, SnapshotSeries series) {
    BigDecimal bac =
        series.snapshots().stream()
            .map(s -> s.bac())
            .filter(Objects::nonNull)
            .reduce((a, b) -> b)
            .orElse(null);
    return new SCurveInput(chartId, nodeName, series.currency(), series.sCurve(), bac);
  }
}
