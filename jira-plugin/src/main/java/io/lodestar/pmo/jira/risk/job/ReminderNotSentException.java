package io.lodestar.pmo.jira.risk.job;

/**
 * Thrown by a reminder sender that could not hand a reminder over for delivery (unknown or
 * deactivated owner, no e-mail address), so that the sweep does not record the owner as reminded.
 */
public final class ReminderNotSentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReminderNotSentException(String message) {
    super(message);
  }
}
