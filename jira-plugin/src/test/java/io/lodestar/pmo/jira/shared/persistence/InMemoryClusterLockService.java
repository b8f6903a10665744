package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A {@link ClusterLockService} for tests whose locks behave like beehive's across threads: one
 * holder at a time, waiters block (bounded by {@code tryLock}'s timeout), the same name gives the
 * same lock. Like beehive's, the locks are not re-entrant: taking a lock its thread already holds
 * fails loudly instead of succeeding, and so does unlocking a lock the thread does not hold.
 */
public final class InMemoryClusterLockService implements ClusterLockService {

  private final Map<String, FakeLock> locks = new ConcurrentHashMap<>();
  private final List<String> requested = new ArrayList<>();

  @Override
  public ClusterLock getLockForName(String lockName) {
    synchronized (requested) {
      requested.add(lockName);
    }
    return locks.computeIfAbsent(lockName, n -> new FakeLock());
  }

  /** Names asked for so far, in order, repeats included. */
  public List<String> requested() {
    synchronized (requested) {
      return List.copyOf(requested);
    }
  }

  /** Whether some thread holds the lock {@code name}. */
  public boolean isLocked(String name) {
    FakeLock lock = locks.get(name);
    return lock != null && lock.delegate.isLocked();
  }

  /** Whether some thread waits for the lock {@code name}. */
  public boolean hasWaiters(String name) {
    FakeLock lock = locks.get(name);
    return lock != null && lock.delegate.hasQueuedThreads();
  }

  /** Takes lock {@code name} on the calling thread, as another node would. */
  public void holdOnThisThread(String name) {
    getLockForName(name).lock();
  }

  private static final class FakeLock implements ClusterLock {
    final ReentrantLock delegate = new ReentrantLock(true);

    @Override
    public void lock() {
      refuseReentry();
      delegate.lock();
    }

    @Override
    public void lockInterruptibly() throws InterruptedException {
      refuseReentry();
      delegate.lockInterruptibly();
    }

    @Override
    public boolean tryLock() {
      refuseReentry();
      return delegate.tryLock();
    }

    @Override
    public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
      refuseReentry();
      return delegate.tryLock(time, unit);
    }

    @Override
    public void unlock() {
      if (!delegate.isHeldByCurrentThread()) {
        throw new IllegalMonitorStateException("unlock by a thread that does not hold the lock");
      }
      delegate.unlock();
    }

    @Override
    public Condition newCondition() {
      throw new UnsupportedOperationException("beehive cluster locks have no conditions");
    }

    private void refuseReentry() {
      if (delegate.isHeldByCurrentThread()) {
        throw new IllegalStateException("cluster locks are not re-entrant");
      }
    }
  }
}
