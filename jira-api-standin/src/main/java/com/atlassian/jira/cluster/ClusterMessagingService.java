package com.atlassian.jira.cluster;

/**
 * Stand-in for Jira's inter-node messaging. Checked against
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/cluster/ClusterMessagingService.html
 * ({@code registerListener(String, ClusterMessageConsumer)}, {@code sendRemote(String, String)}:
 * channel up to 20 alphanumeric characters, message up to 200 characters, listeners on the sending
 * node not notified, listeners weakly referenced; {@code unregisterListener(String,
 * ClusterMessageConsumer)}, {@code unregisterListener(ClusterMessageConsumer)}) [unverified for
 * 11.3].
 */
public interface ClusterMessagingService {
  void registerListener(String channel, ClusterMessageConsumer consumer);

  void unregisterListener(String channel, ClusterMessageConsumer consumer);

  void unregisterListener(ClusterMessageConsumer consumer);

  void sendRemote(String channel, String message);
}
