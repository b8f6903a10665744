package io.lodestar.pmo.jira.portfolio.index;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.lodestar.pmo.jira.shared.job.ClusterCronJob;

/**
 * Registers the node-local reconcile runner on every node and schedules the cluster-wide nightly
 * job {@code lodestar-rollup-reconcile} (once per cluster, {@value #CRON}).
 */
public final class RollupReconcileJob extends ClusterCronJob {

  public static final JobId JOB_ID = JobId.of("lodestar-rollup-reconcile");

  public static final JobRunnerKey RUNNER_KEY =
      JobRunnerKey.of("io.lodestar.pmo.jira.portfolio.index.RollupReconcileJobRunner");

  /** Nightly at 02:45 (Quartz-style), after the snapshot job's first run. */
  public static final String CRON = "0 45 2 * * ?";

  public RollupReconcileJob(SchedulerService schedulerService, RollupReconcileJobRunner runner) {
    super(schedulerService, runner, JOB_ID, RUNNER_KEY, CRON);
  }

  public static JobConfig jobConfig() {
    return oncePerCluster(RUNNER_KEY, CRON);
  }
}
