package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import java.util.Objects;

/**
 * {@link MailOutbox} on Jira's outgoing mail queue. The message is a {@link Email Jira e-mail} (its
 * constructor sets the recipient, Jira's mail headers and encoding, not the sender: no From is set
 * here, so Jira's mail server configuration supplies its default sender when the queue sends it).
 * Jira's mail queue flush job delivers it (on whichever node runs that job), so enqueueing never
 * waits for an SMTP server.
 */
public final class JiraMailOutbox implements MailOutbox {

  static final String HTML = "text/html";

  private final MailQueue mailQueue;

  public JiraMailOutbox(MailQueue mailQueue) {
    this.mailQueue = Objects.requireNonNull(mailQueue, "mailQueue");
  }

  @Override
  public void enqueue(HostUser recipient, String subject, String htmlBody) {
    MailOutbox.checkEnqueueArguments(recipient, subject, htmlBody);
    Email email = new Email(recipient.email());
    email.setSubject(subject);
    email.setBody(htmlBody);
    email.setMimeType(HTML);
    email.setEncoding("UTF-8");
    mailQueue.addItem(new SingleMailQueueItem(email));
  }
}
