package io.lodestar.pmo.jira.risk.index;

import com.atlassian.sal.api.lifecycle.LifecycleAware;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.config.JobRunnerKey;
import java.util.Objects;

/**
 * Registers the risk re-index runner ({@link RiskReindexJobRunner}) with Jira's scheduler. Exported
 * as a SAL {@link LifecycleAware} OSGi service, so that SAL calls {@link #onStart()} on every node
 * once the plugin system is up (runners are node-local; the jobs, scheduled on demand by {@link
 * ScheduledRiskReindexQueue}, are cluster-wide) and {@link #onStop()} before the plugin goes away
 * (also the Spring bean's destroy method). No schedule is made here: a re-index runs only when the
 * register finds a project's index inconsistent.
 */
public final class RiskReindexJob implements LifecycleAware {

  /** The key of the node-local runner. */
  public static final JobRunnerKey RUNNER_KEY =
      JobRunnerKey.of("io.lodestar.pmo.jira.risk.index.RiskReindexJobRunner");

  private final SchedulerService schedulerService;
  private final JobRunner runner;

  public RiskReindexJob(SchedulerService schedulerService, JobRunner runner) {
    this.schedulerService = Objects.requireNonNull(schedulerService, "schedulerService");
    this.runner = Objects.requireNonNull(runner, "runner");
  }

  @Override
  public void onStart() {
    schedulerService.registerJobRunner(RUNNER_KEY, runner);
  }

  @Override
  public void onStop() {
    schedulerService.unregisterJobRunner(RUNNER_KEY);
  }
}
