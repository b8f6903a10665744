package io.lodestar.pmo.jira.shared.host;

/**
 * Queues e-mail for delivery by the host (Jira: its mail queue; the sandbox: an outbox page).
 * Enqueueing never blocks on a mail server.
 */
public interface MailOutbox {

  /**
   * @param recipient the recipient; must have an e-mail address
   * @param subject the subject line, plain text; never null
   * @param htmlBody the body as HTML whose dynamic parts are already escaped; never null
   */
  void enqueue(HostUser recipient, String subject, String htmlBody);
}
