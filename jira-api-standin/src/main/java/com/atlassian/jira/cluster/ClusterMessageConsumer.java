package com.atlassian.jira.cluster;

/**
 * Stand-in for the consumer of inter-node messages. Checked against
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/cluster/ClusterMessageConsumer.html
 * ({@code void receive(String channel, String message, String senderId)}) [unverified for 11.3].
 */
public interface ClusterMessageConsumer {
  void receive(String channel, String message, String senderId);
}
