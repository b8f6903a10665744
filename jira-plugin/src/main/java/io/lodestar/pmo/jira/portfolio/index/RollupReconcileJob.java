package io.lodestar.pmo.jira.portfolio.index;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
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
 * Registers the node-local reconcile runner on every node and schedules the cluster-wide nightly
 * job {@code lodestar-rollup-reconcile} (once per cluster, {@value #CRON}).
 */
public final class RollupReconcileJob implements LifecycleAware {

  public static final JobId JOB_ID = JobId.of("lodestar-rollup-reconcile");

  public static final JobRunnerKey RUNNER_KEY =
      JobRunnerKey.of("io.lodestar.pmo.jira.portfolio.index.RollupReconcileJobRunner");

  /** Nightly at 02:45 (Quartz-style), after the snapshot job's first run. */
  public static final String CRON = "0 45 2 * * ?";

  private static final Logger LOG = LoggerFactory.getLogger(RollupReconcileJob.class);

  private final SchedulerService schedulerService;
  private final RollupReconcileJobRunner runner;

  public RollupReconcileJob(SchedulerService schedulerService, RollupReconcileJobRunner runner) {
    this.schedulerService = Objects.requireNonNull(schedulerService, "schedulerService");
    this.runner = Objects.requireNonNull(runner, "runner");
  }

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
      LOG.error("Lodestar: cannot schedule the rollup reconcile job {}", JOB_ID, e);
    }
  }

  @Override
  public void onStop() {
    schedulerService.unregisterJobRunner(RUNNER_KEY);
  }
}
