package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.engine.health.HealthEvaluation;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSource;
import io.lodestar.pmo.engine.portfolio.snapshot.StatusCounts;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link SnapshotSource} from the live portfolio layer: a project's snapshot is its overview as the
 * system sees it (every bucket of the rollup index, the profile's EVM inputs, the computed health),
 * a program's or portfolio's the sum of its projects of its own currency (a project budgeted in
 * another currency is left out, never converted). The figures are those of now: the job calls it
 * for today's date only.
 *
 * <p>Bounded by the configuration: the nodes come from {@link PortfolioStore#list} (at most {@link
 * PortfolioStore#MAX_LIST}), a node's snapshot reads its projects' rollups from the in-memory
 * index, never issues.
 */
public final class LiveSnapshotSource implements SnapshotSource {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final PortfolioOverviews overviews;
  private final PortfolioStore nodes;
  private final ProjectProfileStore profiles;
  private final ProjectDirectory projects;

  public LiveSnapshotSource(
      PortfolioOverviews overviews,
      PortfolioStore nodes,
      ProjectProfileStore profiles,
      ProjectDirectory projects) {
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.nodes = Objects.requireNonNull(nodes, "nodes");
    this.profiles = Objects.requireNonNull(profiles, "profiles");
    this.projects = Objects.requireNonNull(projects, "projects");
  }

  @Override
  public List<SnapshotNode> nodes() {
    List<PortfolioNode> all = nodes.list(0, PortfolioStore.MAX_LIST);
    Set<String> projectKeys = new LinkedHashSet<>();
    for (PortfolioNode n : all) {
      projectKeys.addAll(overviews.projectsOf(n));
    }
    Map<String, ProjectProfile> profiled = profiles.findAll(projectKeys);
    List<SnapshotNode> out = new ArrayList<>();
    for (String key : projectKeys) {
      if (profiled.containsKey(key)) {
        out.add(SnapshotNode.project(key));
      }
    }
    for (PortfolioNodeKind kind : List.of(PortfolioNodeKind.PROGRAM, PortfolioNodeKind.PORTFOLIO)) {
      for (PortfolioNode n : all) {
        if (n.kind() == kind) {
          out.add(PortfolioTrends.snapshotNode(n));
        }
      }
    }
    return out;
  }

  @Override
  public Optional<MetricSnapshot> snapshot(SnapshotNode node, LocalDate date) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(date, "date");
    if (node.kind() == SnapshotNode.Kind.PROJECT) {
      return project(node.key(), date);
    }
    Optional<PortfolioNode> n = nodes.find(node.key());
    if (n.isEmpty() || PortfolioTrends.snapshotNode(n.get()).kind() != node.kind()) {
      return Optional.empty();
    }
    return Optional.of(sum(n.get(), node, date));
  }

  private Optional<MetricSnapshot> project(String key, LocalDate date) {
    Optional<ProjectRef> ref = projects.byKey(key);
    Optional<ProjectProfile> profile = profiles.find(key);
    if (ref.isEmpty() || profile.isEmpty()) {
      return Optional.empty();
    }
    ProjectOverview o = overviews.project(ref.get(), BucketFilter.ALL, 0, 0);
    MetricSnapshot.Builder b =
        MetricSnapshot.builder(
            new SnapshotKey(SnapshotNode.project(key), date), profile.get().currency());
    o.evm()
        .input()
        .ifPresentOrElse(
            in ->
                b.earnedValue(
                    in.bac().amount(), in.pv().amount(), in.ev().amount(), in.ac().amount()),
            () -> b.earnedValue(profile.get().budget(), null, null, null));
    o.rollup()
        .ifPresent(
            r -> {
              b.statusCounts(new StatusCounts(r.toDo(), r.inProgress(), r.done()));
              BigDecimal total = points(r, RollupMeasures.STORY_POINTS);
              b.points(total, points(r, RollupMeasures.STORY_POINTS_DONE).min(total));
            });
    o.progress()
        .flatMap(p -> p.percent().value())
        .ifPresent(p -> b.percentComplete(p.max(BigDecimal.ZERO).min(HUNDRED)));
    HealthEvaluation h = o.health().computed();
    h.dimensions().forEach(b::rag);
    h.overall().ifPresent(b::overall);
    return Optional.of(b.build());
  }

  private MetricSnapshot sum(PortfolioNode n, SnapshotNode node, LocalDate date) {
    BigDecimal bac = null;
    BigDecimal pv = null;
    BigDecimal ev = null;
    BigDecimal ac = null;
    long toDo = 0;
    long inProgress = 0;
    long done = 0;
    BigDecimal pointsTotal = BigDecimal.ZERO;
    BigDecimal pointsDone = BigDecimal.ZERO;
    for (String key : overviews.projectsOf(n)) {
      Optional<MetricSnapshot> s = project(key, date);
      if (s.isEmpty() || !s.get().currency().equals(n.currency())) {
        continue;
      }
      MetricSnapshot p = s.get();
      bac = add(bac, p.bac());
      if (p.ev() != null) {
        pv = add(pv, p.pv());
        ev = add(ev, p.ev());
        ac = add(ac, p.ac());
      }
      toDo += p.statusCounts().toDo();
      inProgress += p.statusCounts().inProgress();
      done += p.statusCounts().done();
      pointsTotal = pointsTotal.add(p.pointsTotal());
      pointsDone = pointsDone.add(p.pointsDone());
    }
    BigDecimal percent =
        bac == null || ev == null || bac.signum() == 0
            ? null
            : ev.multiply(HUNDRED).divide(bac, 2, RoundingMode.HALF_UP).min(HUNDRED);
    return MetricSnapshot.builder(new SnapshotKey(node, date), n.currency())
        .earnedValue(bac, pv, ev, ac)
        .statusCounts(new StatusCounts(toDo, inProgress, done))
        .points(pointsTotal, pointsDone)
        .percentComplete(percent)
        .build();
  }

  private static BigDecimal add(BigDecimal sum, BigDecimal value) {
    if (value == null) {
      return sum;
    }
    return sum == null ? value : sum.add(value);
  }

  private static BigDecimal points(Rollup r, RollupMeasures m) {
    double v = r.sums().get(m.column());
    return Double.isFinite(v) && v > 0 ? BigDecimal.valueOf(v) : BigDecimal.ZERO;
  }
}
