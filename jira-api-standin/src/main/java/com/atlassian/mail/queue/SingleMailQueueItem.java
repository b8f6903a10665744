package com.atlassian.mail.queue;

import com.atlassian.mail.Email;
import com.atlassian.mail.MailException;

/**
 * Stand-in for the queue item that sends one {@link Email} through the host's default SMTP server.
 * Checked against https://docs.atlassian.com/atlassian-mail/1.9/apidocs/ (constructor {@code
 * SingleMailQueueItem(Email)}, listed under uses of Email) and public Jira plugin code ({@code
 * mailQueue.addItem(new SingleMailQueueItem(email))}) [unverified: {@code getEmail()}, 11.3].
 */
public class SingleMailQueueItem extends AbstractMailQueueItem {
  private final Email email;

  public SingleMailQueueItem(Email email) {
    this.email = email;
  }

  public Email getEmail() {
    return email;
  }

  @Override
  public String getSubject() {
    return email.getSubject();
  }

  @Override
  public void send() throws MailException {
    throw new UnsupportedOperationException("stand-in");
  }
}
