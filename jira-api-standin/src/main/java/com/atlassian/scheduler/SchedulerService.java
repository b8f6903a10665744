package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;

/**
 * Stand-in for atlassian-scheduler's service (members we use only). Checked against
 * https://docs.atlassian.com/atlassian-scheduler/ (com.atlassian.scheduler.SchedulerService)
 * [unverified].
 */
public interface SchedulerService {
  void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner);

  void unregisterJobRunner(JobRunnerKey jobRunnerKey);

  /** Schedules (or replaces) the job with this id. */
  void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException;

  JobId scheduleJobWithGeneratedId(JobConfig jobConfig) throws SchedulerServiceException;

  void unscheduleJob(JobId jobId);
}
