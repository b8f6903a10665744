package io.lodestar.pmo.jira.host.jira;

import com.atlassian.jira.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.lodestar.pmo.jira.shared.host.HostUser;
import io.lodestar.pmo.jira.shared.host.MailOutbox;
import java.util.Objects;

/**
 * {@link MailOutbox} on Jira's outgoing mail queue. The message is a {@link Email Jira e-mail},
 * whose constructor applies Jira's configured sender; Jira's mail queue flush job delivers it (on
 * whichever node runs that job), so enqueueing never waits for an SMTP server.
 */
public final class JiraMailOutbox implements MailOutbox {

  static final String HTML = "text/html";

  private final MailQueue mailQueue;

  public JiraMailOutbox(MailQueue mailQueue) {
    this.mailQueue = Objects.requireNonNull(mailQueue, "mailQueue");
  }

  @Override
  public void enqueue(HostUser recipient, String subject, String htmlBody) {
    Objects.requireNonNull(recipient, "recipient");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(htmlBody, "htmlBody");
    if (recipient.email() == null || recipient.email().isBlank()) {
      throw new IllegalArgumentException("recipient " + recipient.key() + " has no e-mail address");
    }
    Email email = new Email(recipient.email());
    email.setSubject(subject);
    email.setBody(htmlBody);
    email.setMimeType(HTML);
    email.setEncoding("UTF-8");
    mailQueue.addItem(new SingleMailQueueItem(email));
  }
}
