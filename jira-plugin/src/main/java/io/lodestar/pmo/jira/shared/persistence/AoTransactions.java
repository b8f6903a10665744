package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.engine.shared.Transactions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link Transactions} on Active Objects: the outermost call on a thread runs the work
 * in {@link ActiveObjects#executeInTransaction}, which commits when the work returns and rolls back
 * when it throws; nested calls join it. Active Objects also joins a transaction already open on the
 * thread, so the stores' and the audit log's own {@code executeInTransaction} calls made inside the
 * work take part in this one, as the port's "nested calls join" requires.
 *
 * <p>What must happen only once the database transaction is over — releasing the cluster locks of
 * {@link ClusterWriteLocks} and invalidating entries of a {@link ReadThroughCache} — is registered
 * with {@link #afterEnd} and runs after the outermost transaction has committed or rolled back, in
 * the reverse order of registration. A lock released earlier would let a second writer read the
 * version the first has not committed yet.
 *
 * <p>The transaction of a thread is tracked in an instance field ({@link ThreadLocal}), never in
 * static state. Work running in an Active Objects transaction that was opened some other way (not
 * through this class) is not seen as inside one.
 */
public final class AoTransactions implements Transactions {

  private static final Logger LOG = LoggerFactory.getLogger(AoTransactions.class);

  private final ActiveObjects ao;
  private final ThreadLocal<Unit> current = new ThreadLocal<>();

  public AoTransactions(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    Unit unit = new Unit();
    current.set(unit);
    try {
      return ao.executeInTransaction(work::get);
    } finally {
      current.remove();
      unit.end();
    }
  }

  /** Whether the calling thread is inside a transaction opened through this object. */
  public boolean isActive() {
    return current.get() != null;
  }

  /**
   * Runs {@code action} once the calling thread's outermost transaction has ended, whether it
   * committed or rolled back. A failing action is logged and does not stop the others.
   *
   * @throws IllegalStateException when the thread is not inside a transaction of this object
   */
  public void afterEnd(Runnable action) {
    Objects.requireNonNull(action, "action");
    unit().actions.push(action);
  }

  /**
   * Whether the calling thread's transaction already holds {@code resource} (e.g. a lock name).
   *
   * @throws IllegalStateException when the thread is not inside a transaction of this object
   */
  boolean holds(String resource) {
    return unit().held.contains(resource);
  }

  /**
   * Records that the calling thread's transaction holds {@code resource} until it ends.
   *
   * @throws IllegalStateException when the thread is not inside a transaction of this object
   */
  void hold(String resource) {
    unit().held.add(resource);
  }

  private Unit unit() {
    Unit unit = current.get();
    if (unit == null) {
      throw new IllegalStateException("not inside a Lodestar transaction");
    }
    return unit;
  }

  /** One outermost transaction: its end-of-transaction actions and the resources it holds. */
  private static final class Unit {
    final Deque<Runnable> actions = new ArrayDeque<>();
    final Set<String> held = new HashSet<>();

    void end() {
      while (!actions.isEmpty()) {
        try {
          actions.pop().run();
        } catch (RuntimeException e) {
          LOG.error("Lodestar: an action after a transaction failed", e);
        }
      }
    }
  }
}
