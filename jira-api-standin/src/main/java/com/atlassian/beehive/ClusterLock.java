package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/**
 * Stand-in for a cluster-wide lock; used through {@link Lock} methods only ({@code tryLock}, {@code
 * unlock}). Checked against https://docs.atlassian.com/beehive/ (com.atlassian.beehive.ClusterLock)
 * [unverified].
 */
public interface ClusterLock extends Lock {}
