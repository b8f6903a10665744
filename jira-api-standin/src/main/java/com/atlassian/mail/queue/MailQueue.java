package com.atlassian.mail.queue;

/**
 * Stand-in for the host's outgoing mail queue (members we use only). Checked against
 * https://docs.atlassian.com/atlassian-mail/ (com.atlassian.mail.queue.MailQueue) [unverified].
 */
public interface MailQueue {
  void addItem(MailQueueItem item);
}
