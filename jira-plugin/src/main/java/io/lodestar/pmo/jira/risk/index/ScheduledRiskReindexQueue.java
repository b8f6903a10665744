package io.lodestar.pmo.jira.risk.index;

import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.io.Serializable;
import java.util.Map;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link RiskReindexQueue} on Jira's scheduler: a request schedules the job {@code
 * lodestar-risk-reindex-<projectKey>} to run once, now, {@link RunMode#RUN_ONCE_PER_CLUSTER}, for
 * the runner {@link RiskReindexJob#RUNNER_KEY} ({@link RiskReindexJobRunner}, registered on every
 * node by {@link RiskReindexJob}). The scheduler runs a job id on one node of the cluster at a
 * time, and scheduling the same id again (a second request, or another node's) replaces its
 * schedule instead of adding a run; the runner also holds a cluster lock per project while it
 * works.
 */
public final class ScheduledRiskReindexQueue implements RiskReindexQueue {

  /** The job parameter naming the project. */
  public static final String PROJECT_KEY = "projectKey";

  private static final Logger LOG = LoggerFactory.getLogger(ScheduledRiskReindexQueue.class);

  private final SchedulerService schedulerService;

  public ScheduledRiskReindexQueue(SchedulerService schedulerService) {
    this.schedulerService = Objects.requireNonNull(schedulerService, "schedulerService");
  }

  /** The job id of a project's re-index. */
  public static JobId jobId(String projectKey) {
    return JobId.of("lodestar-risk-reindex-" + projectKey);
  }

  /** The configuration of a project's re-index: once, now, on one node of the cluster. */
  public static JobConfig jobConfig(String projectKey) {
    return JobConfig.forJobRunnerKey(RiskReindexJob.RUNNER_KEY)
        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
        .withSchedule(Schedule.runOnce(null))
        .withParameters(Map.<String, Serializable>of(PROJECT_KEY, projectKey));
  }

  @Override
  public void request(String projectKey) {
    try {
      schedulerService.scheduleJob(jobId(projectKey), jobConfig(projectKey));
    } catch (SchedulerServiceException e) {
      // The register walks meanwhile; the next request asks again.
      LOG.error("Lodestar: cannot schedule the risk re-index of {}", projectKey, e);
    }
  }
}
