package io.lodestar.pmo.engine.shared;

import java.util.function.Supplier;

/**
 * Port: runs a unit of work atomically against the app's own storage, so that a configuration
 * change, the checks it depends on and its audit entry are committed together or not at all.
 * Implemented by the plugin on Active Objects ({@code AoTransactions}) and by the sandbox on its
 * embedded database.
 *
 * <p>Contract:
 *
 * <ul>
 *   <li>every store and {@link AuditLog} call made by {@code work} on the calling thread takes part
 *       in the transaction;
 *   <li><b>nested calls join</b> the transaction already open on the thread (they do not open a
 *       second one, and only the outermost call commits);
 *   <li>when {@code work} throws, everything it wrote is rolled back (the outermost transaction,
 *       when joined) and the exception propagates unchanged;
 *   <li>a refusal returned as a value (an {@link Outcome} that is not Ok) is committed like any
 *       result, so work must refuse <i>before</i> it writes;
 *   <li>isolation is the database's (typically READ COMMITTED): the work is atomic, not serialised
 *       against other nodes' transactions.
 * </ul>
 */
public interface Transactions {

  /**
   * Runs {@code work} in a transaction (or in the thread's current one).
   *
   * @param work the unit of work; never null; may return null
   * @param <T> what the work returns
   * @return what {@code work} returned
   */
  <T> T inTransaction(Supplier<T> work);
}
