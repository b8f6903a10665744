package com.atlassian.event.api;

/**
 * Stand-in for atlassian-event's publisher (members we use only). Checked against
 * https://docs.atlassian.com/atlassian-event/4.0.0/com/atlassian/event/api/EventPublisher.html
 * ({@code void publish(Object)}, {@code void register(Object)}, {@code void unregister(Object)})
 * [unverified for the 6.x shipped with Jira 11.3].
 */
public interface EventPublisher {
  void publish(Object event);

  void register(Object listener);

  void unregister(Object listener);
}
