package com.atlassian.scheduler;

/**
 * Stand-in for a job implementation, registered per node. Checked against
 * https://docs.atlassian.com/atlassian-scheduler/ (com.atlassian.scheduler.JobRunner) [unverified].
 */
@FunctionalInterface
public interface JobRunner {
  /** May return null, meaning success. */
  JobRunnerResponse runJob(JobRunnerRequest request);
}
