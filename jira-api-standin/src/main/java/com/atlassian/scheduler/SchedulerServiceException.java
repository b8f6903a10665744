package com.atlassian.scheduler;

/**
 * Stand-in for the checked exception of scheduling calls. Checked against
 * https://docs.atlassian.com/atlassian-scheduler/
 * (com.atlassian.scheduler.SchedulerServiceException) [unverified].
 */
public class SchedulerServiceException extends Exception {
  private static final long serialVersionUID = 1L;

  public SchedulerServiceException(String message) {
    super(message);
  }

  public SchedulerServiceException(String message, Throwable cause) {
    super(message, cause);
  }
}
