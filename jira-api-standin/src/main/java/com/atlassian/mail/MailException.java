package com.atlassian.mail;

/**
 * Stand-in for atlassian-mail's checked exception. Checked against
 * https://docs.atlassian.com/atlassian-mail/ (com.atlassian.mail.MailException) [unverified].
 */
public class MailException extends Exception {
  private static final long serialVersionUID = 1L;

  public MailException(String message) {
    super(message);
  }

  public MailException(String message, Throwable cause) {
    super(message, cause);
  }
}
