package io.lodestar.pmo.jira.risk.job;

/**
 * Thrown by a reminder sender that could not hand a reminder over for delivery (unknown or
 * deactivated owner, no e-mail address), so that the engine's review-reminder service reports the
 * owner as failed and does not record their risks as reminded.
 */
public final class ReminderNotSentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReminderNotSentException(String message) {
    super(message);
  }
}
