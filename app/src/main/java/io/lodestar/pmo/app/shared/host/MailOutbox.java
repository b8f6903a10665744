package io.lodestar.pmo.app.shared.host;

import java.util.Objects;

/**
 * Queues e-mail for delivery by the host (Jira: its mail queue; the sandbox: an outbox page).
 * Enqueueing never blocks on a mail server.
 */
public interface MailOutbox {

  /**
   * @param recipient the recipient; must have an e-mail address
   * @param subject the subject line, plain text; never null
   * @param htmlBody the body as HTML whose dynamic parts are already escaped; never null
   * @throws IllegalArgumentException when the recipient has no e-mail address (nothing is queued)
   */
  void enqueue(HostUser recipient, String subject, String htmlBody);

  /**
   * The argument checks every implementation makes before queueing anything.
   *
   * @return the recipient's e-mail address
   * @throws NullPointerException for a null argument
   * @throws IllegalArgumentException when the recipient has no e-mail address
   */
  static String checkEnqueueArguments(HostUser recipient, String subject, String htmlBody) {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(htmlBody, "htmlBody");
    if (recipient.email() == null || recipient.email().isBlank()) {
      throw new IllegalArgumentException("recipient " + recipient.key() + " has no e-mail address");
    }
    return recipient.email();
  }
}
