package com.atlassian.mail.queue;

/**
 * Stand-in for the host's outgoing mail queue (members we use only). Checked against public Jira
 * plugin code ({@code ComponentAccessor.getMailQueue().addItem(item)} and an injected {@code
 * MailQueue}) and https://docs.atlassian.com/atlassian-mail/1.9/apidocs/ [unverified: 11.3].
 */
public interface MailQueue {
  void addItem(MailQueueItem item);
}
