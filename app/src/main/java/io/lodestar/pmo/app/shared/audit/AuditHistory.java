package io.lodestar.pmo.app.shared.audit;

import io.lodestar.pmo.engine.shared.AuditEntry;
import java.util.List;

/**
 * Port: reading the audit log, newest first, one bounded page at a time (what {@code AuditResource}
 * and the audit log page need), optionally filtered by target; implemented on Active Objects in
 * Jira and on SQL in the sandbox.
 */
public interface AuditHistory {

  /** Largest page any host returns. */
  int MAX_PAGE_SIZE = 100;

  /**
   * @param startAt 0-based index of the first entry, at least 0
   * @param maxResults page size, 1..{@value #MAX_PAGE_SIZE}
   * @return the entries of that page, newest first; never null
   * @throws IllegalArgumentException for a page out of range ({@link #checkPage})
   */
  default List<AuditEntry> page(int startAt, int maxResults) {
    return page(AuditFilter.ALL, startAt, maxResults);
  }

  /**
   * @param filter which entries; {@link AuditFilter#ALL} for every one
   * @param startAt 0-based index of the first matching entry, at least 0
   * @param maxResults page size, 1..{@value #MAX_PAGE_SIZE}
   * @return the matching entries of that page, newest first; never null
   * @throws IllegalArgumentException for a page out of range ({@link #checkPage})
   */
  List<AuditEntry> page(AuditFilter filter, int startAt, int maxResults);

  /**
   * The page bounds every implementation enforces before reading.
   *
   * @throws IllegalArgumentException for a negative start or a size outside 1..{@value
   *     #MAX_PAGE_SIZE}
   */
  static void checkPage(int startAt, int maxResults) {
    if (startAt < 0 || maxResults < 1 || maxResults > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("bad page " + startAt + "/" + maxResults);
    }
  }

  /**
   * @return the number of entries in the log
   */
  default int count() {
    return count(AuditFilter.ALL);
  }

  /**
   * @param filter which entries
   * @return the number of matching entries in the log
   */
  int count(AuditFilter filter);
}
