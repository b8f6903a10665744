package io.lodestar.pmo.jira.shared.job;

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
 * A cron job run once per cluster, registered the same way by every feature: the runner on every
 * node at {@link #onStart()} and off at {@link #onStop()} (runners are node-local), the schedule
 * cluster-wide and persistent, scheduled again with the same configuration at each node's start and
 * deliberately not unscheduled at stop, since one node leaving must not cancel the job for the
 * others. A schedule that cannot be made is logged; the runner stays registered, so a schedule
 * another node made still finds it here.
 */
public abstract class ClusterCronJob implements LifecycleAware {

  private static final Logger LOG = LoggerFactory.getLogger(ClusterCronJob.class);

  private final SchedulerService schedulerService;
  private final JobRunner runner;
  private final JobId jobId;
  private final JobRunnerKey runnerKey;
  private final JobConfig config;

  /**
   * @param schedulerService Jira's scheduler
   * @param runner this node's runner
   * @param jobId the job's cluster-wide id
   * @param runnerKey the runner's key
   * @param cron the Quartz-style cron expression
   */
  protected ClusterCronJob(
      SchedulerService schedulerService,
      JobRunner runner,
      JobId jobId,
      JobRunnerKey runnerKey,
      String cron) {
    this.schedulerService = Objects.requireNonNull(schedulerService, "schedulerService");
    this.runner = Objects.requireNonNull(runner, "runner");
    this.jobId = Objects.requireNonNull(jobId, "jobId");
    this.runnerKey = Objects.requireNonNull(runnerKey, "runnerKey");
    this.config = oncePerCluster(runnerKey, cron);
  }

  /**
   * The configuration of such a job.
   *
   * @param runnerKey the runner's key
   * @param cron the Quartz-style cron expression
   * @return run once per cluster on that schedule
   */
  public static JobConfig oncePerCluster(JobRunnerKey runnerKey, String cron) {
    return JobConfig.forJobRunnerKey(runnerKey)
        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
        .withSchedule(Schedule.forCronExpression(cron));
  }

  @Override
  public final void onStart() {
    schedulerService.registerJobRunner(runnerKey, runner);
    try {
      schedulerService.scheduleJob(jobId, config);
    } catch (SchedulerServiceException e) {
      LOG.error("Lodestar: cannot schedule the job {}", jobId, e);
    }
  }

  @Override
  public final void onStop() {
    schedulerService.unregisterJobRunner(runnerKey);
  }
}
