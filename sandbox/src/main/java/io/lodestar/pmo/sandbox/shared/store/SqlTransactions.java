package io.lodestar.pmo.sandbox.shared.store;

import io.lodestar.pmo.engine.shared.Transactions;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The engine's {@link Transactions} on the sandbox database: every sandbox store and the audit log
 * work through {@link SandboxStore#inTransaction}, which joins the thread's open transaction, so a
 * service's writes and its audit entry commit together; an exception rolls all of them back and
 * propagates unchanged.
 */
public final class SqlTransactions implements Transactions {

  private final SandboxStore store;

  public SqlTransactions(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    return store.inTransaction(c -> work.get());
  }
}
