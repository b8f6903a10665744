package com.atlassian.scheduler.config;

import java.io.Serializable;
import java.util.Objects;

/**
 * Stand-in for atlassian-scheduler's {@code JobRunnerKey}: a string wrapper, equal by value.
 * Checked against https://docs.atlassian.com/atlassian-scheduler/
 * (com.atlassian.scheduler.config.JobRunnerKey) [unverified].
 */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
  private static final long serialVersionUID = 1L;

  private final String key;

  private JobRunnerKey(String key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  public static JobRunnerKey of(String key) {
    return new JobRunnerKey(key);
  }

  @Override
  public int compareTo(JobRunnerKey other) {
    return key.compareTo(other.key);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobRunnerKey other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
