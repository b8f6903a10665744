package io.lodestar.pmo.app.portfolio.port;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Port: the host's rollup index (the engine's {@code RollupIndex}, built from the host's issues in
 * the background and kept current from its issue events). Every read is answered from the index:
 * O(buckets under the node), never O(issues), and no issue is read.
 *
 * <p>Node keys: {@code portfolio:KEY}, {@code program:KEY}, {@code project:KEY}, {@code
 * epic:ISSUE-KEY}. A rollup's columns are {@link RollupMeasures} followed by {@link #ACTUAL_COST}:
 * each issue's worklogs priced at the rate card of its project's currency (a sum over one project
 * is in that project's currency; above a project it is never read, since projects of one program
 * may differ in currency).
 */
public interface PortfolioRollups {

  /** The column of the actual cost (worklogs × rates) in a rollup. */
  int ACTUAL_COST = RollupMeasures.count();

  /** The most epics {@link #epics} returns at once. */
  int MAX_EPICS = 100;

  /** Whether the index is built yet, and how far. */
  IndexState state();

  /**
   * The buckets {@code viewer} may browse, worked out once per request (from the projects they may
   * browse and, where the host has them, their issue security levels).
   *
   * @param viewer the user; null for anonymous
   */
  BucketFilter visibleTo(HostUser viewer);

  /**
   * The rollup of a node as a viewer sees it; empty when the node is not indexed (unknown, or the
   * index is not ready).
   */
  Optional<Rollup> rollup(String nodeKey, BucketFilter visible);

  /** The epics of a project, by key order, at most {@code max} (≤ {@link #MAX_EPICS}). */
  List<EpicRef> epics(String projectKey, int startAt, int max);

  /** The number of epics of a project. */
  int epicCount(String projectKey);

  /** One epic by its issue key; empty when there is no such epic. */
  Optional<EpicRef> epic(String issueKey);

  /**
   * Rebuilds the index from the source of truth and reports how far it had drifted (the nightly
   * reconcile; in the sandbox also on request).
   */
  ReconcileReport reconcile();

  /**
   * @param ready whether rollups can be answered
   * @param percent the build's progress, 0–100
   * @param issues issues indexed
   * @param basisKey i18n key naming what a bucket is (project, or project and security level)
   */
  record IndexState(boolean ready, int percent, long issues, String basisKey) {
    public IndexState {
      Objects.requireNonNull(basisKey, "basisKey");
    }
  }

  /**
   * An epic.
   *
   * @param key its issue key
   * @param summary its summary
   * @param projectKey its project
   */
  record EpicRef(String key, String summary, String projectKey) {
    public EpicRef {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(projectKey, "projectKey");
    }
  }

  /**
   * What a reconcile found.
   *
   * @param at when it ran
   * @param issuesBefore issues the index held before
   * @param issuesAfter issues the fresh build holds
   * @param driftedNodes nodes whose totals differed, at most 20 named
   * @param driftedCount how many nodes differed in all
   */
  record ReconcileReport(
      Instant at,
      long issuesBefore,
      long issuesAfter,
      List<String> driftedNodes,
      int driftedCount) {
    public ReconcileReport {
      Objects.requireNonNull(at, "at");
      driftedNodes = List.copyOf(driftedNodes);
    }
  }
}
