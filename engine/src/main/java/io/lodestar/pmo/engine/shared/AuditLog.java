package io.lodestar.pmo.engine.shared;

/**
 * Port: the append-only history of configuration changes (scoring models, project risk settings,
 * templates, overrides ...). Implemented by the plugin on Active Objects and by the sandbox on its
 * embedded database. Entries are never updated or deleted through this port.
 */
public interface AuditLog {

  /**
   * Appends one entry. Called inside the same {@link Transactions#inTransaction} as the audited
   * change, after it has been stored successfully, so that both commit or neither does.
   *
   * @param entry the entry; never null
   */
  void record(AuditEntry entry);
}
