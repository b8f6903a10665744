package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Serialises the read-compare-write of a versioned configuration row across the cluster with a
 * beehive {@link ClusterLock}, so that two writers holding the same version cannot both pass the
 * check (a lost update under READ COMMITTED, or on two nodes).
 *
 * <p>A lock is taken inside a transaction of {@link AoTransactions} and held until that transaction
 * (the outermost one, when an engine service opened it) has ended: released earlier, a second
 * writer could take it before the first committed, read the old version and pass the check too.
 * Under READ COMMITTED (what Jira runs its databases with) the second writer's read, made after it
 * got the lock, sees the first writer's commit. Taking the same lock twice in one transaction is a
 * no-op, since beehive locks are not re-entrant.
 *
 * <p>The wait is bounded: a writer that cannot get the lock in time fails with {@link
 * WriteLockUnavailableException} (nothing written) instead of hanging a request thread.
 *
 * <p>Lock names are {@value #PREFIX} followed by a suffix of simple ASCII characters (beehive may
 * store names in the database, where case sensitivity differs between engines).
 */
public final class ClusterWriteLocks {

  /** Prefix of every Lodestar lock name; not an i18n key. */
  public static final String PREFIX = "lodestar.internal.lock.";

  /** How long a writer waits for a lock by default. */
  public static final Duration DEFAULT_WAIT = Duration.ofSeconds(10);

  private static final Pattern SUFFIX = Pattern.compile("[A-Za-z0-9_.-]{1,200}");

  private final ClusterLockService lockService;
  private final AoTransactions transactions;
  private final long waitMillis;

  public ClusterWriteLocks(ClusterLockService lockService, AoTransactions transactions) {
    this(lockService, transactions, DEFAULT_WAIT);
  }

  /**
   * @param lockService beehive's lock service
   * @param transactions the transactions the locks are bound to
   * @param wait how long a writer waits for a lock before giving up; positive
   */
  public ClusterWriteLocks(
      ClusterLockService lockService, AoTransactions transactions, Duration wait) {
    this.lockService = Objects.requireNonNull(lockService, "lockService");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    if (wait.isNegative() || wait.isZero()) {
      throw new IllegalArgumentException("wait must be positive: " + wait);
    }
    this.waitMillis = wait.toMillis();
  }

  /**
   * Takes the cluster lock {@value #PREFIX}{@code suffix} for the rest of the calling thread's
   * transaction; it is released once the outermost transaction has committed or rolled back.
   *
   * @param suffix what is locked, e.g. {@code risk-model.5}
   * @throws WriteLockUnavailableException when the lock is not had within the wait, or the thread
   *     is interrupted while waiting
   * @throws IllegalStateException when the thread is not inside a transaction of {@link
   *     AoTransactions}
   */
  public void lockUntilTransactionEnds(String suffix) {
    String name = name(suffix);
    if (transactions.holds(name)) {
      return;
    }
    ClusterLock lock = lockService.getLockForName(name);
    boolean locked;
    try {
      locked = lock.tryLock(waitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WriteLockUnavailableException(
          "Lodestar: interrupted while waiting for lock " + name + "; nothing was changed.");
    }
    if (!locked) {
      throw new WriteLockUnavailableException(
          "Lodestar: another change of the same configuration is still being saved (lock "
              + name
              + " not free after "
              + waitMillis
              + " ms); nothing was changed, try again.");
    }
    transactions.hold(name);
    transactions.afterEnd(lock::unlock);
  }

  /** The full lock name of {@code suffix}. */
  public static String name(String suffix) {
    if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
      throw new IllegalArgumentException("not a lock name suffix: " + suffix);
    }
    return PREFIX + suffix;
  }
}
