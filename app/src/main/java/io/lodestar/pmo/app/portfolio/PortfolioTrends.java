package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.app.portfolio.chart.SCurveChart;
import io.lodestar.pmo.app.portfolio.chart.SCurveInput;
import io.lodestar.pmo.app.portfolio.chart.SvgChart;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.evm.EarnedSchedule;
import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.snapshot.SeriesEarnedSchedule;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The trend section of the overview pages: a node's stored snapshots of the last year as an S-curve
 * (server-side SVG and the same figures as a table) and the earned schedule read from them. Callers
 * decide visibility first: a snapshot holds every issue of its node, so a program's or portfolio's
 * is shown only to a viewer who may browse all its projects.
 */
public final class PortfolioTrends {

  /** Days of history the page shows. */
  public static final int PAGE_DAYS = 366;

  private final SnapshotStore snapshots;
  private final ProjectProfileStore profiles;
  private final Texts texts;
  private final Clock clock;

  public PortfolioTrends(
      SnapshotStore snapshots, ProjectProfileStore profiles, Texts texts, Clock clock) {
    this.snapshots = Objects.requireNonNull(snapshots, "snapshots");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The snapshot store (REST reads the same series). */
  public SnapshotStore store() {
    return snapshots;
  }

  /** Today in UTC, the status date of snapshots. */
  public LocalDate today() {
    return LocalDate.now(clock.withZone(ZoneOffset.UTC));
  }

  /** The trend of a project with its profile (none: nothing to draw, said so). */
  public TrendView project(String projectKey, String projectName) {
    Optional<ProjectProfile> profile = profiles.find(projectKey);
    if (profile.isEmpty()) {
      return TrendView.hidden(texts.text("lodestar.portfolio.trend.noProfile"));
    }
    ProjectProfile p = profile.get();
    SnapshotSeries series = lastYear(SnapshotNode.project(projectKey), p.currency());
    return view(
        "scurve-" + projectKey,
        projectKey + " " + projectName,
        series,
        p.plannedStart().orElse(null),
        p.plannedEnd().orElse(null));
  }

  /**
   * The trend of a portfolio or program; its plan spans its projects' planned starts and ends.
   *
   * @param projectKeys the node's projects
   * @param allVisible whether the viewer may browse every one of them
   */
  public TrendView node(PortfolioNode node, List<String> projectKeys, boolean allVisible) {
    if (!allVisible) {
      return TrendView.hidden(texts.text("lodestar.portfolio.trend.hiddenProjects"));
    }
    LocalDate start = null;
    LocalDate end = null;
    for (ProjectProfile p : profiles.findAll(projectKeys).values()) {
      if (!p.currency().equals(node.currency())) {
        continue;
      }
      LocalDate s = p.plannedStart().orElse(null);
      LocalDate e = p.plannedEnd().orElse(null);
      if (s != null && (start == null || s.isBefore(start))) {
        start = s;
      }
      if (e != null && (end == null || e.isAfter(end))) {
        end = e;
      }
    }
    SnapshotSeries series = lastYear(snapshotNode(node), node.currency());
    return view("scurve-" + node.key(), node.name(), series, start, end);
  }

  /** The snapshot identity of a portfolio node. */
  public static SnapshotNode snapshotNode(PortfolioNode node) {
    return new SnapshotNode(
        node.kind() == PortfolioNodeKind.PORTFOLIO
            ? SnapshotNode.Kind.PORTFOLIO
            : SnapshotNode.Kind.PROGRAM,
        node.key());
  }

  private SnapshotSeries lastYear(SnapshotNode node, String currency) {
    LocalDate today = today();
    return snapshots.series(node, currency, today.minusDays(PAGE_DAYS - 1L), today);
  }

  private TrendView view(
      String chartId, String name, SnapshotSeries series, LocalDate planStart, LocalDate planEnd) {
    SvgChart chart =
        new SCurveChart(texts, Locale.ROOT).render(SCurveInput.of(chartId, name, series));
    List<FigureView> figures = new ArrayList<>();
    String na = "";
    String statusDate = "";
    if (planStart == null || planEnd == null || planEnd.isBefore(planStart)) {
      na = texts.text("lodestar.portfolio.trend.es.noPlan");
    } else {
      SeriesEarnedSchedule es = series.earnedSchedule(planStart, planEnd);
      if (es instanceof SeriesEarnedSchedule.Computed c) {
        EarnedSchedule s = c.schedule();
        statusDate =
            texts.text(
                "lodestar.portfolio.trend.es.status",
                c.statusDate().toString(),
                String.valueOf(s.actualTime()),
                String.valueOf(s.plannedDuration()));
        figures.add(figure("lodestar.portfolio.trend.es.es", s.earnedSchedule(), true));
        figures.add(figure("lodestar.portfolio.trend.es.sv", s.scheduleVariance(), true));
        figures.add(figure("lodestar.portfolio.trend.es.spi", s.spi(), false));
        figures.add(figure("lodestar.portfolio.trend.es.tspi", s.tspi(), false));
        figures.add(figure("lodestar.portfolio.trend.es.ieac", s.ieac(), true));
      } else {
        na = texts.text(((SeriesEarnedSchedule.NotApplicable) es).reasonKey());
      }
    }
    return new TrendView(
        true,
        series.snapshots().size(),
        chart.empty(),
        chart.svgHtml(),
        chart.table().tableHtml(),
        chart.notes(),
        figures,
        statusDate,
        na,
        "");
  }

  private FigureView figure(String key, Metric m, boolean weeks) {
    String value =
        m.rounded(2)
            .map(
                v ->
                    weeks
                        ? texts.text("lodestar.portfolio.trend.es.weeks", v.toPlainString())
                        : v.toPlainString())
            .orElseGet(() -> texts.text(((Metric.NotApplicable) m).reasonKey()));
    return new FigureView(texts.text(key), value, m.value().isEmpty());
  }

  /** One earned-schedule figure; n/a figures carry their reason as the value. */
  public record FigureView(String label, String value, boolean na) {}

  /**
   * The trend section.
   *
   * @param shown whether there is a section to show (false: {@code hiddenReason} says why)
   * @param snapshotCount snapshots drawn
   * @param empty whether the chart had nothing to draw (it says why itself)
   * @param svgHtml the S-curve, escaped where built
   * @param tableHtml the same figures as a table, escaped where built
   * @param notes what the chart leaves out
   * @param schedule ES, SV(t), SPI(t), TSPI, IEAC(t); empty when n/a as a whole
   * @param statusDate the status date and elapsed and planned weeks; "" when n/a
   * @param scheduleNa why earned schedule is n/a; "" when computed
   * @param hiddenReason why the section is not shown; "" when shown
   */
  public record TrendView(
      boolean shown,
      int snapshotCount,
      boolean empty,
      String svgHtml,
      String tableHtml,
      List<String> notes,
      List<FigureView> schedule,
      String statusDate,
      String scheduleNa,
      String hiddenReason) {

    public TrendView {
      notes = List.copyOf(notes);
      schedule = List.copyOf(schedule);
    }

    static TrendView hidden(String reason) {
      return new TrendView(false, 0, true, "", "", List.of(), List.of(), "", "", reason);
    }

    public boolean hasSchedule() {
      return !schedule.isEmpty();
    }
  }
}
