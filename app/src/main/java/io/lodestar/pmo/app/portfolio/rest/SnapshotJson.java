package io.lodestar.pmo.app.portfolio.rest;

import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The JSON shapes of the snapshot resources, and the paged, date-bounded read they share: a range
 * of at most {@link #MAX_RANGE_DAYS} days (two years; default the last year), pages of at most
 * {@link #MAX_PAGE} snapshots in date order. Amounts are in the series' currency; n/a is null.
 */
public final class SnapshotJson {

  /** The longest date range one request reads: two years. */
  public static final int MAX_RANGE_DAYS = 2 * 366;

  /** The most snapshots in one page. */
  public static final int MAX_PAGE = 200;

  private SnapshotJson() {}

  /** One snapshot. */
  public record PointJson(
      String date,
      BigDecimal bac,
      BigDecimal pv,
      BigDecimal ev,
      BigDecimal ac,
      long toDo,
      long inProgress,
      long done,
      BigDecimal pointsTotal,
      BigDecimal pointsDone,
      BigDecimal percentComplete,
      String overall,
      BigDecimal exposureP80) {

    static PointJson of(MetricSnapshot s) {
      return new PointJson(
          s.date().toString(),
          s.bac(),
          s.pv(),
          s.ev(),
          s.ac(),
          s.statusCounts().toDo(),
          s.statusCounts().inProgress(),
          s.statusCounts().done(),
          s.pointsTotal(),
          s.pointsDone(),
          s.percentComplete(),
          s.overall() == null ? null : s.overall().name(),
          s.exposureP80());
    }
  }

  /** A page of a node's snapshots. */
  public record SeriesJson(
      String node,
      String kind,
      String currency,
      String from,
      String to,
      int startAt,
      int maxResults,
      int total,
      List<PointJson> snapshots) {}

  /** What "take snapshot now" did. */
  public record RunJson(String date, int written, int unchanged, int skipped, String message) {}

  /**
   * Reads one page of a node's series after checking the parameters (400 naming the field).
   *
   * @param store reads the series from one date to another (both included)
   */
  static SeriesJson read(
      RestErrors errors,
      java.util.function.BiFunction<LocalDate, LocalDate, SnapshotSeries> store,
      SnapshotNode node,
      String currency,
      LocalDate today,
      String fromRaw,
      String toRaw,
      String startAtRaw,
      String maxResultsRaw) {
    LocalDate to = Objects.requireNonNullElse(errors.dateParam("to", toRaw), today);
    LocalDate from =
        Objects.requireNonNullElse(errors.dateParam("from", fromRaw), to.minusDays(365));
    if (from.isAfter(to)) {
      throw errors.invalid("from", "lodestar.portfolio.rest.error.snapshotRangeOrder", from, to);
    }
    if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_RANGE_DAYS) {
      throw errors.invalid("from", "lodestar.portfolio.rest.error.snapshotRange", MAX_RANGE_DAYS);
    }
    int startAt = errors.intParam("startAt", startAtRaw, 0, 0, SnapshotSeries.MAX_POINTS);
    int max = errors.intParam("maxResults", maxResultsRaw, 100, 1, MAX_PAGE);
    SnapshotSeries series = store.apply(from, to);
    List<MetricSnapshot> all = series.snapshots();
    List<PointJson> page =
        all.subList(Math.min(startAt, all.size()), Math.min(all.size(), startAt + max)).stream()
            .map(PointJson::of)
            .toList();
    return new SeriesJson(
        node.key(),
        node.kind().name(),
        currency,
        from.toString(),
        to.toString(),
        startAt,
        max,
        all.size(),
        page);
  }
}
