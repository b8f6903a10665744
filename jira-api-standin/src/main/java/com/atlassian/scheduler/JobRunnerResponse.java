package com.atlassian.scheduler;

import java.util.Objects;

/**
 * Stand-in for the outcome of a job run; built only through the static factories, equal by value.
 * Checked against https://docs.atlassian.com/atlassian-scheduler/
 * (com.atlassian.scheduler.JobRunnerResponse) [unverified: final modifier, accessor names].
 */
public final class JobRunnerResponse {
  private final String status;
  private final String message;

  private JobRunnerResponse(String status, String message) {
    this.status = status;
    this.message = message;
  }

  public static JobRunnerResponse success() {
    return new JobRunnerResponse("SUCCESSFUL", null);
  }

  public static JobRunnerResponse success(String message) {
    return new JobRunnerResponse("SUCCESSFUL", message);
  }

  public static JobRunnerResponse failed(String message) {
    return new JobRunnerResponse("FAILED", message);
  }

  public static JobRunnerResponse failed(Throwable cause) {
    return new JobRunnerResponse("FAILED", String.valueOf(cause));
  }

  public static JobRunnerResponse aborted(String message) {
    return new JobRunnerResponse("ABORTED", message);
  }

  public String getMessage() {
    return message;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof JobRunnerResponse other
        && status.equals(other.status)
        && Objects.equals(message, other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, message);
  }

  @Override
  public String toString() {
    return status + (message == null ? "" : ": " + message);
  }
}
