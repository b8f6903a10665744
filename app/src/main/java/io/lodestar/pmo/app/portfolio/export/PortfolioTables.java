package io.lodestar.pmo.app.portfolio.export;

import io.lodestar.pmo.app.portfolio.NodeOverview;
import io.lodestar.pmo.app.portfolio.NodeRow;
import io.lodestar.pmo.app.portfolio.ProjectOverview;
import io.lodestar.pmo.app.shared.export.TableSink;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.health.Health;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.rollup.Rollup;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * Writes the portfolio tables to a {@link TableSink}, row by row: the overview's children (the
 * programs and directly held projects the viewer may browse), a project's epics read page by page
 * (at most {@link #EPIC_PAGE} rollups at a time) and a snapshot series. Headers and health words
 * come from the i18n bundle; numbers stay numbers; n/a is an empty cell.
 */
public final class PortfolioTables {

  /** Epics read per page while exporting a project's epic table. */
  public static final int EPIC_PAGE = 100;

  /** The most epics one export writes (the rest are left out and counted in a note). */
  public static final int MAX_EPICS = 10_000;

  static final List<String> ROLLUP_HEADERS =
      List.of(
          "lodestar.portfolio.export.issues",
          "lodestar.portfolio.export.toDo",
          "lodestar.portfolio.export.inProgress",
          "lodestar.portfolio.export.done",
          "lodestar.portfolio.export.pointsDone",
          "lodestar.portfolio.export.pointsTotal",
          "lodestar.portfolio.export.originalHours",
          "lodestar.portfolio.export.remainingHours",
          "lodestar.portfolio.export.spentHours",
          "lodestar.portfolio.export.percentComplete",
          "lodestar.portfolio.export.unestimated",
          "lodestar.portfolio.export.hidden");

  static final List<String> OVERVIEW_HEADERS =
      concat(
          List.of(
              "lodestar.portfolio.export.kind",
              "lodestar.portfolio.export.key",
              "lodestar.portfolio.export.name",
              "lodestar.portfolio.export.health",
              "lodestar.portfolio.export.override",
              "lodestar.portfolio.export.overrideUntil"),
          ROLLUP_HEADERS);

  static final List<String> EPIC_HEADERS =
      concat(
          List.of("lodestar.portfolio.export.key", "lodestar.portfolio.export.name"),
          ROLLUP_HEADERS);

  static final List<String> SNAPSHOT_HEADERS =
      List.of(
          "lodestar.portfolio.export.date",
          "lodestar.portfolio.export.currency",
          "lodestar.portfolio.export.bac",
          "lodestar.portfolio.export.pv",
          "lodestar.portfolio.export.ev",
          "lodestar.portfolio.export.ac",
          "lodestar.portfolio.export.toDo",
          "lodestar.portfolio.export.inProgress",
          "lodestar.portfolio.export.done",
          "lodestar.portfolio.export.pointsTotal",
          "lodestar.portfolio.export.pointsDone",
          "lodestar.portfolio.export.percentComplete",
          "lodestar.portfolio.export.health",
          "lodestar.portfolio.export.exposureP80");

  private final Texts texts;

  public PortfolioTables(Texts texts) {
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * The overview's children, one row each, then the notes: projects and items the viewer may not
   * browse.
   *
   * @param overview an overview holding all the node's visible children (startAt 0)
   */
  public void overview(TableSink sink, NodeOverview overview) throws IOException {
    sink.header(headers(OVERVIEW_HEADERS));
    for (NodeRow row : overview.children()) {
      List<Object> cells = new ArrayList<>();
      cells.add(texts.text("lodestar.portfolio.export.kind." + row.kind()));
      cells.add(row.key());
      cells.add(row.name());
      Optional<Rag> computed =
          row.health().flatMap(h -> h.computed().overall()).or(row::worstComputed);
      cells.add(computed.map(this::rag).orElse(null));
      Optional<HealthOverride> override = row.health().flatMap(Health::override);
      cells.add(override.map(o -> rag(o.rag())).orElse(null));
      cells.add(override.map(o -> o.expiresOn().toString()).orElse(null));
      cells.addAll(rollupCells(row.rollup(), row.progress()));
      sink.row(cells);
    }
    sink.note(texts.text("lodestar.portfolio.export.note.node"), overview.node().key());
    sink.note(texts.text("lodestar.portfolio.export.note.rows"), overview.children().size());
    sink.note(
        texts.text("lodestar.portfolio.export.note.hiddenProjects"), overview.hiddenProjects());
    sink.note(
        texts.text("lodestar.portfolio.export.note.hiddenItems"),
        overview.total().map(Rollup::hidden).orElse(0L));
  }

  /**
   * A project's epics, read {@link #EPIC_PAGE} at a time, then the notes.
   *
   * @param page reads the project's overview with the epics from a start index
   * @return the number of epic rows written
   */
  public int epics(TableSink sink, IntFunction<ProjectOverview> page) throws IOException {
    sink.header(headers(EPIC_HEADERS));
    int written = 0;
    ProjectOverview first = page.apply(0);
    ProjectOverview current = first;
    while (true) {
      for (NodeRow row : current.epics()) {
        if (written >= MAX_EPICS) {
          break;
        }
        List<Object> cells = new ArrayList<>();
        cells.add(row.key());
        cells.add(row.name());
        cells.addAll(rollupCells(row.rollup(), row.progress()));
        sink.row(cells);
        written++;
      }
      int next = current.startAt() + current.epics().size();
      if (current.epics().isEmpty() || next >= current.epicCount() || written >= MAX_EPICS) {
        break;
      }
      current = page.apply(next);
    }
    sink.note(texts.text("lodestar.portfolio.export.note.node"), first.project().key());
    sink.note(texts.text("lodestar.portfolio.export.note.rows"), written);
    sink.note(
        texts.text("lodestar.portfolio.export.note.hiddenItems"),
        first.rollup().map(Rollup::hidden).orElse(0L));
    if (first.epicCount() > written) {
      sink.note(texts.text("lodestar.portfolio.export.note.leftOut"), first.epicCount() - written);
    }
    return written;
  }

  /** A node's snapshots, oldest first, in the series' currency. */
  public void snapshots(TableSink sink, SnapshotSeries series) throws IOException {
    sink.header(headers(SNAPSHOT_HEADERS));
    for (MetricSnapshot s : series.snapshots()) {
      sink.row(
          Arrays.asList(
              s.date().toString(),
              series.currency(),
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
              s.overall() == null ? null : rag(s.overall()),
              s.exposureP80()));
    }
    sink.note(texts.text("lodestar.portfolio.export.note.node"), series.node().key());
    sink.note(texts.text("lodestar.portfolio.export.note.rows"), series.snapshots().size());
  }

  private List<Object> rollupCells(Optional<Rollup> rollup, Optional<Progress> progress) {
    if (rollup.isEmpty()) {
      return Arrays.asList(new Object[ROLLUP_HEADERS.size()]);
    }
    Rollup r = rollup.get();
    return Arrays.asList(
        r.issues(),
        r.toDo(),
        r.inProgress(),
        r.done(),
        round(r.sums().get(RollupMeasures.STORY_POINTS_DONE.column())),
        round(r.sums().get(RollupMeasures.STORY_POINTS.column())),
        round(r.sums().get(RollupMeasures.ORIGINAL_ESTIMATE_HOURS.column())),
        round(r.sums().get(RollupMeasures.REMAINING_ESTIMATE_HOURS.column())),
        round(r.sums().get(RollupMeasures.TIME_SPENT_HOURS.column())),
        progress
            .flatMap(p -> p.percent().value())
            .map(v -> v.setScale(1, RoundingMode.HALF_UP))
            .orElse(null),
        progress.map(Progress::unestimated).orElse(null),
        r.hidden());
  }

  private static BigDecimal round(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
  }

  private String rag(Rag rag) {
    return texts.text("lodestar.portfolio.rag." + rag.name());
  }

  private List<String> headers(List<String> keys) {
    return keys.stream().map(k -> texts.text(k)).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
