package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.audit.AuditFilter;
import io.lodestar.pmo.app.shared.audit.AuditHistory;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link AuditLog} on Active Objects: an append-only table, read newest first, one bounded page at
 * a time. When called inside another AO transaction (a store's write), the entry joins it, so the
 * change and its audit entry are committed together.
 */
public final class AoAuditLog implements AuditLog, AuditHistory {

  /** Longest actor key, action, target type or target id (VARCHAR(255) columns). */
  static final int MAX_TEXT_LENGTH = 255;

  private final ActiveObjects ao;

  public AoAuditLog(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the actor key, action, target type or target id is longer
   *     than 255 characters (nothing is written)
   */
  @Override
  public void record(AuditEntry entry) {
    Objects.requireNonNull(entry, "entry");
    checkLength("actorKey", entry.actorKey());
    checkLength("action", entry.action());
    checkLength("targetType", entry.targetType());
    checkLength("targetId", entry.targetId());
    ao.executeInTransaction(
        () ->
            ao.create(
                AuditEntryEntity.class,
                new DBParam(AuditEntryEntity.ACTOR_KEY, entry.actorKey()),
                new DBParam(AuditEntryEntity.ACTION, entry.action()),
                new DBParam(AuditEntryEntity.TARGET_TYPE, entry.targetType()),
                new DBParam(AuditEntryEntity.TARGET_ID, entry.targetId()),
                new DBParam(AuditEntryEntity.BEFORE_TEXT, entry.before()),
                new DBParam(AuditEntryEntity.AFTER_TEXT, entry.after()),
                new DBParam(AuditEntryEntity.RECORDED_AT, Date.from(entry.at()))));
  }

  /**
   * One page of the log, or of the entries {@code filter} lets through, newest first.
   *
   * @param filter which entries; {@link AuditFilter#ALL} for every one
   * @param startAt 0-based index of the first entry, at least 0
   * @param maxResults page size, 1..{@value AuditHistory#MAX_PAGE_SIZE}
   * @throws IllegalArgumentException for a page out of range
   */
  @Override
  public List<AuditEntry> page(AuditFilter filter, int startAt, int maxResults) {
    checkPage(startAt, maxResults);
    return read(filtered(filter).order("ID DESC").offset(startAt).limit(maxResults));
  }

  /**
   * One page of the history of one thing, newest first.
   *
   * @param targetType e.g. {@code risk.scoringModel}
   * @param targetId e.g. a model id or a project key
   * @param startAt 0-based index of the first entry, at least 0
   * @param maxResults page size, 1..{@value AuditHistory#MAX_PAGE_SIZE}
   * @throws IllegalArgumentException for a page out of range
   */
  public List<AuditEntry> pageFor(String targetType, String targetId, int startAt, int maxResults) {
    return page(AuditFilter.ofTarget(targetType, targetId), startAt, maxResults);
  }

  /** Number of entries {@code filter} lets through. */
  @Override
  public int count(AuditFilter filter) {
    return filter.isAll()
        ? ao.count(AuditEntryEntity.class)
        : ao.count(AuditEntryEntity.class, filtered(filter));
  }

  private static Query filtered(AuditFilter filter) {
    Query query = Query.select();
    if (filter.targetType() == null) {
      return query;
    }
    return filter.targetId() == null
        ? query.where(AuditEntryEntity.TARGET_TYPE + " = ?", filter.targetType())
        : query.where(
            AuditEntryEntity.TARGET_TYPE + " = ? AND " + AuditEntryEntity.TARGET_ID + " = ?",
            filter.targetType(),
            filter.targetId());
  }

  private List<AuditEntry> read(Query query) {
    List<AuditEntry> entries = new ArrayList<>();
    for (AuditEntryEntity row : ao.find(AuditEntryEntity.class, query)) {
      entries.add(toEntry(row));
    }
    return List.copyOf(entries);
  }

  private static AuditEntry toEntry(AuditEntryEntity row) {
    try {
      return new AuditEntry(
          row.getActorKey(),
          row.getAction(),
          row.getTargetType(),
          row.getTargetId(),
          row.getBeforeText(),
          row.getAfterText(),
          row.getRecordedAt().toInstant());
    } catch (NullPointerException e) {
      throw new StoredDataException(
          AuditEntryEntity.TABLE + " row " + row.getID() + ": a required column is empty", e);
    }
  }

  private static void checkPage(int startAt, int maxResults) {
    AuditHistory.checkPage(startAt, maxResults);
  }

  private static void checkLength(String what, String value) {
    if (value.length() > MAX_TEXT_LENGTH) {
      throw new IllegalArgumentException(what + " longer than " + MAX_TEXT_LENGTH);
    }
  }
}
