package com.atlassian.beehive;

/**
 * Stand-in for the cluster lock service. Checked against https://docs.atlassian.com/beehive/
 * (com.atlassian.beehive.ClusterLockService) [unverified].
 */
public interface ClusterLockService {
  /** Same name, same lock on every node. */
  ClusterLock getLockForName(String lockName);
}
