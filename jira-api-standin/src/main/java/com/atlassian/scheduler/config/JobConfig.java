package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Stand-in for an immutable job configuration; {@code with...} return copies, equal by value.
 * Checked against https://docs.atlassian.com/atlassian-scheduler/
 * (com.atlassian.scheduler.config.JobConfig) [unverified: defaults RUN_ONCE_PER_CLUSTER and
 * run-once-now schedule].
 */
public final class JobConfig {
  private final JobRunnerKey jobRunnerKey;
  private final RunMode runMode;
  private final Schedule schedule;
  private final Map<String, Serializable> parameters;

  private JobConfig(
      JobRunnerKey key, RunMode runMode, Schedule schedule, Map<String, Serializable> params) {
    this.jobRunnerKey = Objects.requireNonNull(key, "jobRunnerKey");
    this.runMode = Objects.requireNonNull(runMode, "runMode");
    this.schedule = Objects.requireNonNull(schedule, "schedule");
    this.parameters = Collections.unmodifiableMap(new LinkedHashMap<>(params));
  }

  public static JobConfig forJobRunnerKey(JobRunnerKey jobRunnerKey) {
    return new JobConfig(
        jobRunnerKey, RunMode.RUN_ONCE_PER_CLUSTER, Schedule.runOnce(null), Map.of());
  }

  public JobRunnerKey getJobRunnerKey() {
    return jobRunnerKey;
  }

  public RunMode getRunMode() {
    return runMode;
  }

  public Schedule getSchedule() {
    return schedule;
  }

  public Map<String, Serializable> getParameters() {
    return parameters;
  }

  public JobConfig withRunMode(RunMode runMode) {
    return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
  }

  public JobConfig withSchedule(Schedule schedule) {
    return new JobConfig(jobRunnerKey, runMode, schedule, parameters);
  }

  public JobConfig withParameters(Map<String, Serializable> parameters) {
    return new JobConfig(
        jobRunnerKey, runMode, schedule, parameters == null ? Map.of() : parameters);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobConfig other
        && jobRunnerKey.equals(other.jobRunnerKey)
        && runMode == other.runMode
        && schedule.equals(other.schedule)
        && parameters.equals(other.parameters);
  }

  @Override
  public int hashCode() {
    return Objects.hash(jobRunnerKey, runMode, schedule, parameters);
  }

  @Override
  public String toString() {
    return "JobConfig[" + jobRunnerKey + ", " + runMode + ", " + schedule + ", " + parameters + "]";
  }
}
