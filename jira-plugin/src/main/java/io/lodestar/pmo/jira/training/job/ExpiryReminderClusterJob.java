package io.lodestar.pmo.jira.training.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.lodestar.pmo.jira.shared.job.ClusterCronJob;

/**
 * Registers the daily certification expiry reminder ({@link ExpiryReminderJobRunner}) with Jira's
 * scheduler, once per cluster, daily at {@value #CRON}; exported as a SAL LifecycleAware service
 * like the other Lodestar jobs (see {@link ClusterCronJob}).
 */
public final class ExpiryReminderClusterJob extends ClusterCronJob {

  /** The scheduled job's id, cluster-wide. */
  public static final JobId JOB_ID = JobId.of("lodestar-training-expiry-reminder");

  /** The key of the node-local runner. */
  public static final JobRunnerKey RUNNER_KEY =
      JobRunnerKey.of("io.lodestar.pmo.jira.training.job.ExpiryReminderJobRunner");

  /** Daily at 06:30, after the risk review reminder (Quartz-style cron). */
  public static final String CRON = "0 30 6 * * ?";

  public ExpiryReminderClusterJob(SchedulerService schedulerService, JobRunner runner) {
    super(schedulerService, runner, JOB_ID, RUNNER_KEY, CRON);
  }

  /** The job's configuration: the runner key, once per cluster, daily at 06:30. */
  public static JobConfig jobConfig() {
    return oncePerCluster(RUNNER_KEY, CRON);
  }
}
