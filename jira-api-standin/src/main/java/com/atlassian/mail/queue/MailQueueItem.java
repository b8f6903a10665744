package com.atlassian.mail.queue;

import com.atlassian.mail.MailException;

/**
 * Stand-in for an item of the mail queue (members we use only). Checked against
 * https://docs.atlassian.com/atlassian-mail/ (com.atlassian.mail.queue.MailQueueItem) [unverified].
 */
public interface MailQueueItem {
  void send() throws MailException;

  String getSubject();
}
