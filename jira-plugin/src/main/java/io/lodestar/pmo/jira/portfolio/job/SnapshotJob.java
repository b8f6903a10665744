package io.lodestar.pmo.jira.portfolio.job;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.lodestar.pmo.jira.shared.job.ClusterCronJob;

/**
 * Registers the nightly snapshot job with Jira's scheduler, as {@code ReviewReminderJob} does the
 * review reminder: the node-local runner on every node at start (unregistered at stop), the
 * cluster-wide schedule {@link #JOB_ID} once per cluster, never unscheduled when one node stops.
 *
 * <p>The schedule ({@value #CRON}) runs at a quarter past every hour from 00:15 to 05:15 in the
 * instance's time zone. Every run snapshots the day that ended at midnight and skips the nodes
 * already stored for it, so the first run does the work and the later ones finish what a failed or
 * cancelled run left, within the same night: a retry never writes twice and a failure never costs a
 * day.
 */
public final class SnapshotJob extends ClusterCronJob {

  /** The scheduled job's id, cluster-wide. */
  public static final JobId JOB_ID = JobId.of("lodestar-portfolio-snapshot");

  /** The key of the node-local runner. */
  public static final JobRunnerKey RUNNER_KEY =
      JobRunnerKey.of("io.lodestar.pmo.jira.portfolio.job.SnapshotJobRunner");

  /** Hourly from 00:15 to 05:15 (Quartz-style: second minute hour day-of-month month weekday). */
  public static final String CRON = "0 15 0-5 * * ?";

  public SnapshotJob(SchedulerService schedulerService, JobRunner runner) {
    super(schedulerService, runner, JOB_ID, RUNNER_KEY, CRON);
  }

  /** The job's configuration: the runner key, once per cluster, {@value #CRON}. */
  public static JobConfig jobConfig() {
    return oncePerCluster(RUNNER_KEY, CRON);
  }
}
