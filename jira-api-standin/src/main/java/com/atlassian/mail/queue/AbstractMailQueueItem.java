package com.atlassian.mail.queue;

/**
 * Stand-in for the base class of mail queue items; not subclassed by Lodestar, so only its place in
 * the hierarchy is declared. Checked against https://docs.atlassian.com/atlassian-mail/
 * (com.atlassian.mail.queue.AbstractMailQueueItem) [unverified].
 */
public abstract class AbstractMailQueueItem implements MailQueueItem {
  protected AbstractMailQueueItem() {}
}
