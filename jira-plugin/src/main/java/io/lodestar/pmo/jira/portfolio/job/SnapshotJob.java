package io.lodestar.pmo.jira.portfolio.job;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
public final class SnapshotJob implements LifecycleAware {

  /** The scheduled job's id, cluster-wide. */
  public static final JobId JOB_ID = JobId.of("lodestar-portfolio-snapshot");

  /** The key of the node-local runner. */
  public static final JobRunnerKey RUNNER_KEY =
      JobRunnerKey.of("io.lodestar.pmo.jira.portfolio.job.SnapshotJobRunner");

  /** Hourly from 00:15 to 05:15 (Quartz-style: second minute hour day-of-month month weekday). */
  public static final String CRON = "0 15 0-5 * * ?";

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotJob.class);

  private final SchedulerService schedulerService;
  private final JobRunner runner;

  public SnapshotJob(SchedulerService schedulerService, JobRunner runner) {
    this.schedulerService = Objects.requireNonNull(schedulerService, "schedulerService");
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  /** The job's configuration: the runner key, once per cluster, {@value #CRON}. */
  public static JobConfig jobConfig() {
    return JobConfig.forJobRunnerKey(RUNNER_KEY)
        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
        .withSchedule(Schedule.forCronExpression(CRON));
  }

  @Override
  public void onStart() {
    schedulerService.registerJobRunner(RUNNER_KEY, runner);
    try {
      schedulerService.scheduleJob(JOB_ID, jobConfig());
    } catch (SchedulerServiceException e) {
      LOG.error("Lodestar: cannot schedule the portfolio snapshot job {}", JOB_ID, e);
    }
  }

  @Override
  public void onStop() {
    schedulerService.unregisterJobRunner(RUNNER_KEY);
  }
}
