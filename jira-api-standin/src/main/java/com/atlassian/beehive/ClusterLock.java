package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in for a cluster-wide named lock; used through the {@link Lock} methods only ({@code
 * tryLock(long, TimeUnit)}, {@code unlock}). Checked against
 * https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/ClusterLock.html ("public
 * interface ClusterLock extends Lock"; {@code newCondition} unsupported) and the package tree
 * https://docs.atlassian.com/beehive/0.0.8/apidocs/com/atlassian/beehive/package-tree.html. Members
 * added by later beehive versions are not declared because Lodestar does not call them.
 */
public interface ClusterLock extends Lock {}
