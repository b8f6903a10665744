package io.lodestar.pmo.app.portfolio.rest;

import io.lodestar.pmo.app.portfolio.EvmRow;
import io.lodestar.pmo.app.portfolio.NodeOverview;
import io.lodestar.pmo.app.portfolio.NodeRow;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.IndexState;
import io.lodestar.pmo.app.portfolio.port.StoredOverride;
import io.lodestar.pmo.engine.evm.EacMethod;
import io.lodestar.pmo.engine.evm.EarnedValue;
import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.health.Health;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.rollup.Rollup;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The JSON shapes of the portfolio resources (records, as the risk resources' are). */
public final class PortfolioJson {

  private PortfolioJson() {}

  /** A portfolio or program. */
  public record NodeJson(
      String key,
      String kind,
      String name,
      String parent,
      String owner,
      String sponsor,
      String currency,
      String progressMethod,
      List<String> scopes,
      long version) {
    static NodeJson of(PortfolioNode n) {
      return new NodeJson(
          n.key(),
          n.kind().name(),
          n.name(),
          n.parentKey(),
          n.ownerKey(),
          n.sponsorKey(),
          n.currency(),
          n.progressMethod().name(),
          n.scopes().stream().map(s -> s.canonical()).toList(),
          n.version());
    }
  }

  /** A list of portfolios. */
  public record NodeListJson(List<NodeJson> portfolios) {}

  /** A figure: its value, or why it has none. */
  public record MetricJson(BigDecimal value, String na) {
    static MetricJson of(Metric m) {
      return m instanceof Metric.Value v
          ? new MetricJson(v.amount().setScale(4, java.math.RoundingMode.HALF_UP), null)
          : new MetricJson(null, ((Metric.NotApplicable) m).reasonKey());
    }
  }

  /** The rollup index's state. */
  public record IndexJson(boolean ready, int percent, long issues, String basis) {
    static IndexJson of(IndexState s) {
      return new IndexJson(s.ready(), s.percent(), s.issues(), s.basisKey());
    }
  }

  /** A rollup: counts by status category, hours, points; unestimated counted; hidden stated. */
  public record RollupJson(
      long issues,
      long toDo,
      long inProgress,
      long done,
      double originalEstimateHours,
      double remainingEstimateHours,
      double timeSpentHours,
      double storyPoints,
      double storyPointsDone,
      long withoutPoints,
      long withoutEstimate,
      long hidden) {
    static RollupJson of(Rollup r) {
      return new RollupJson(
          r.issues(),
          r.toDo(),
          r.inProgress(),
          r.done(),
          r.sums().get(RollupMeasures.ORIGINAL_ESTIMATE_HOURS.column()),
          r.sums().get(RollupMeasures.REMAINING_ESTIMATE_HOURS.column()),
          r.sums().get(RollupMeasures.TIME_SPENT_HOURS.column()),
          r.sums().get(RollupMeasures.STORY_POINTS.column()),
          r.sums().get(RollupMeasures.STORY_POINTS_DONE.column()),
          r.unvalued(RollupMeasures.STORY_POINTS.column()),
          r.unvalued(RollupMeasures.REMAINING_ESTIMATE_HOURS.column()),
          r.hidden());
    }
  }

  /** % complete by a method, with the items it could not weigh. */
  public record ProgressJson(String method, MetricJson percent, long unestimated, long hidden) {
    static ProgressJson of(Progress p) {
      return new ProgressJson(
          p.method().name(), MetricJson.of(p.percent()), p.unestimated(), p.hidden());
    }
  }

  /** An override. */
  public record OverrideJson(
      long id,
      String project,
      String rag,
      String reason,
      String expiresOn,
      String setBy,
      String setAt) {
    static OverrideJson of(StoredOverride s) {
      HealthOverride o = s.override();
      return new OverrideJson(
          s.id(),
          s.targetKey(),
          o.rag().name(),
          o.reason(),
          o.expiresOn().toString(),
          o.setBy(),
          o.setAt().toString());
    }
  }

  /** Health: the computed colour, and the override beside it while it holds. */
  public record HealthJson(String computed, String effective, OverrideDetailJson override) {
    static HealthJson of(Health h) {
      return new HealthJson(
          h.computed().overall().map(Enum::name).orElse(null),
          h.effective().map(Enum::name).orElse(null),
          h.override()
              .map(
                  o ->
                      new OverrideDetailJson(
                          o.rag().name(), o.reason(), o.expiresOn().toString(), o.setBy()))
              .orElse(null));
    }
  }

  /** An override as shown beside the computed health. */
  public record OverrideDetailJson(String rag, String reason, String expiresOn, String setBy) {}

  /** One child row. */
  public record ChildJson(
      String kind,
      String key,
      String name,
      RollupJson rollup,
      ProgressJson progress,
      HealthJson health,
      String worstComputed) {
    static ChildJson of(NodeRow r) {
      return new ChildJson(
          r.kind(),
          r.key(),
          r.name(),
          r.rollup().map(RollupJson::of).orElse(null),
          r.progress().map(ProgressJson::of).orElse(null),
          r.health().map(HealthJson::of).orElse(null),
          r.worstComputed().map(Enum::name).orElse(null));
    }
  }

  /** Earned value of a project or a currency, in its own currency; n/a with the reason. */
  public record EvmJson(
      String key,
      String currency,
      BigDecimal bac,
      BigDecimal pv,
      BigDecimal ev,
      BigDecimal ac,
      MetricJson cv,
      MetricJson sv,
      MetricJson cpi,
      MetricJson spi,
      MetricJson eac,
      MetricJson etc,
      MetricJson vac,
      MetricJson tcpi,
      String na) {
    static EvmJson of(EvmRow row) {
      if (row.value().isEmpty()) {
        return new EvmJson(
            row.key(),
            row.currency(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            row.naKey());
      }
      EarnedValue v = row.value().get();
      var in = row.input().get();
      return new EvmJson(
          row.key(),
          row.currency(),
          in.bac().amount(),
          in.pv().amount(),
          in.ev().amount(),
          in.ac().amount(),
          MetricJson.of(v.cv()),
          MetricJson.of(v.sv()),
          MetricJson.of(v.cpi()),
          MetricJson.of(v.spi()),
          MetricJson.of(v.eac().get(EacMethod.TYPICAL)),
          MetricJson.of(v.etc()),
          MetricJson.of(v.vac()),
          MetricJson.of(v.tcpiToBac()),
          null);
    }
  }

  /** Alignment coverage. */
  public record CoverageJson(
      List<String> uncoveredObjectives,
      List<String> unalignedProjects,
      MetricJson unalignedBudgetShare) {}

  /** A portfolio's or program's overview. */
  public record OverviewJson(
      NodeJson node,
      IndexJson index,
      RollupJson total,
      ProgressJson progress,
      int startAt,
      int maxResults,
      int childCount,
      List<ChildJson> children,
      int hiddenProjects,
      int unevaluatedScopes,
      List<EvmJson> evm,
      List<EvmJson> evmTotals,
      CoverageJson coverage) {
    static OverviewJson of(NodeOverview o, int maxResults) {
      return new OverviewJson(
          NodeJson.of(o.node()),
          IndexJson.of(o.index()),
          o.total().map(RollupJson::of).orElse(null),
          o.progress().map(ProgressJson::of).orElse(null),
          o.startAt(),
          maxResults,
          o.childCount(),
          o.children().stream().map(ChildJson::of).toList(),
          o.hiddenProjects(),
          o.unevaluatedScopes(),
          o.evm().stream().map(EvmJson::of).toList(),
          o.evmTotals().stream().map(EvmJson::of).toList(),
          o.coverage()
              .map(
                  c ->
                      new CoverageJson(
                          c.uncoveredObjectives(),
                          c.unalignedProjects(),
                          MetricJson.of(c.unalignedBudgetShare())))
              .orElse(null));
    }
  }

  /** A health override request. */
  public record OverrideRequestJson(String project, String rag, String reason, String expiresOn) {}

  /** A reconcile's report. */
  public record ReconcileJson(
      String at,
      long issuesBefore,
      long issuesAfter,
      int driftedCount,
      List<String> driftedNodes) {}

  static <T> T orNull(Optional<T> value) {
    return value.orElse(null);
  }
}
