package io.lodestar.pmo.jira.portfolio.index;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.ReconcileReport;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly reconcile, once per cluster under the cluster lock {@value #LOCK}: rebuilds this
 * node's index from a fresh search, reports the drift (log and job message) and, when there was
 * any, asks the other nodes to rebuild theirs (each index is node-local, so each repairs itself). A
 * run that cannot get the lock is aborted having done nothing; a failed search fails the run and
 * leaves the running index in place.
 */
public final class RollupReconcileJobRunner implements JobRunner {

  public static final String LOCK = "lodestar.internal.lock.rollup-reconcile";

  private static final Logger LOG = LoggerFactory.getLogger(RollupReconcileJobRunner.class);

  private final JiraRollupIndex index;
  private final RollupIndexSync sync;
  private final ClusterLockService locks;

  public RollupReconcileJobRunner(
      JiraRollupIndex index, RollupIndexSync sync, ClusterLockService locks) {
    this.index = Objects.requireNonNull(index, "index");
    this.sync = Objects.requireNonNull(sync, "sync");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    ClusterLock lock = locks.getLockForName(LOCK);
    if (!lock.tryLock()) {
      return JobRunnerResponse.aborted("another run holds the lock " + LOCK + "; nothing done");
    }
    try {
      ReconcileReport report = index.reconcile();
      String summary =
          "rollup index reconciled: "
              + report.issuesBefore()
              + " issues before, "
              + report.issuesAfter()
              + " after, "
              + report.driftedCount()
              + " nodes drifted "
              + report.driftedNodes();
      if (report.driftedCount() > 0) {
        LOG.warn("Lodestar: {}", summary);
        sync.askOthersToRebuild();
      } else {
        LOG.info("Lodestar: {}", summary);
      }
      return JobRunnerResponse.success(summary);
    } catch (RuntimeException e) {
      LOG.error("Lodestar: the rollup reconcile failed; the running index stays", e);
      return JobRunnerResponse.failed(e);
    } finally {
      lock.unlock();
    }
  }
}
