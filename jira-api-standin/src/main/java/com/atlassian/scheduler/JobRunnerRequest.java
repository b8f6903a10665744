package com.atlassian.scheduler;

import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import java.util.Date;

/**
 * Stand-in for the request handed to a {@link JobRunner}. Checked against
 * https://docs.atlassian.com/atlassian-scheduler/ (com.atlassian.scheduler.JobRunnerRequest)
 * [unverified].
 */
public interface JobRunnerRequest {
  Date getStartTime();

  JobId getJobId();

  JobConfig getJobConfig();

  boolean isCancellationRequested();
}
