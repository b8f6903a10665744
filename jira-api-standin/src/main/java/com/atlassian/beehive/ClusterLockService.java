package com.atlassian.beehive;

/**
 * Stand-in for beehive's cluster lock service (an OSGi service in Jira Data Center). Checked
 * against
 * https://docs.atlassian.com/beehive/0.0.6/apidocs/com/atlassian/beehive/ClusterLockService.html
 * ({@code ClusterLock getLockForName(String lockName)}; names up to 255 characters, locks not meant
 * to be re-entrant, never timed out while the holding node is alive) and Confluence's
 * implementation
 * https://docs.atlassian.com/atlassian-confluence/5.5.3-confdev25019-m1/com/atlassian/confluence/cluster/BeehiveClusterLockService.html.
 */
public interface ClusterLockService {
  /** The cluster-wide lock of that name: the same name gives the same lock on every node. */
  ClusterLock getLockForName(String lockName);
}
