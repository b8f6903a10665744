package io.lodestar.pmo.jira.risk.job;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import io.lodestar.pmo.jira.shared.job.ClusterCronJob;

/**
 * Registers the daily review reminder with Jira's scheduler. Exported as a SAL {@link
 * LifecycleAware} OSGi service so that SAL calls {@link #onStart()} once the plugin system is up
 * (on every node), and {@link #onStop()} before the plugin goes away; the Spring bean's destroy
 * method is {@link #onStop()} as well, so a plugin disabled or upgraded while Jira runs also
 * unregisters.
 *
 * <ul>
 *   <li>The <b>runner</b> is registered on every node at start and unregistered at stop: runners
 *       are node-local objects.
 *   <li>The <b>schedule</b> ({@link #JOB_ID}, {@link RunMode#RUN_ONCE_PER_CLUSTER}) is cluster-wide
 *       and persistent; scheduling the same id again on every node's start replaces it with the
 *       same configuration, and it is deliberately <em>not</em> unscheduled at stop, since one node
 *       leaving the cluster must not cancel the job for the others. While no node has the runner
 *       (plugin disabled everywhere) the scheduler skips the run.
 *   <li>The schedule is the cron expression {@value #CRON} (daily at 06:00 in the instance's time
 *       zone), chosen so that reminders arrive at the start of the working day and that a missed
 *       review date of yesterday counts as overdue.
 * </ul>
 */
public final class ReviewReminderJob extends ClusterCronJob {

  /** The scheduled job's id, cluster-wide. */
  public static final JobId JOB_ID = JobId.of("lodestar-risk-review-reminder");

  /** The key of the node-local runner. */
  public static final JobRunnerKey RUNNER_KEY =
      JobRunnerKey.of("io.lodestar.pmo.jira.risk.job.ReviewReminderJobRunner");

  /** Daily at 06:00 (Quartz-style cron: second minute hour day-of-month month day-of-week). */
  public static final String CRON = "0 0 6 * * ?";

  public ReviewReminderJob(SchedulerService schedulerService, JobRunner runner) {
    super(schedulerService, runner, JOB_ID, RUNNER_KEY, CRON);
  }

  /** The job's configuration: the runner key, once per cluster, daily at 06:00. */
  public static JobConfig jobConfig() {
    return oncePerCluster(RUNNER_KEY, CRON);
  }
}
