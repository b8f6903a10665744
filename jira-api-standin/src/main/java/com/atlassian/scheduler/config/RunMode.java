package com.atlassian.scheduler.config;

/**
 * Stand-in for where a job runs. Checked against https://docs.atlassian.com/atlassian-scheduler/
 * (com.atlassian.scheduler.config.RunMode) [unverified].
 */
public enum RunMode {
  RUN_ONCE_PER_CLUSTER,
  RUN_LOCALLY
}
