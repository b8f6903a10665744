package io.lodestar.pmo.app.shared.audit;

import io.lodestar.pmo.engine.shared.AuditEntry;
import java.util.List;

/**
 * Port: reading the audit log, newest first, one bounded page at a time. Jira-free so that the
 * sandbox can host {@link AuditResource}. {@code
 * io.lodestar.pmo.jira.shared.persistence.AoAuditLog} has exactly these methods and is meant to
 * implement this interface.
 */
public interface AuditHistory {

  /**
   * @param startAt 0-based index of the first entry, at least 0
   * @param maxResults page size, 1..100
   * @return the entries of that page, newest first; never null
   */
  List<AuditEntry> page(int startAt, int maxResults);

  /**
   * @return the number of entries in the log
   */
  int count();
}
