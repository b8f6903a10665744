package io.lodestar.pmo.sandbox.shared.host;

import io.lodestar.pmo.app.shared.audit.AuditFilter;
import io.lodestar.pmo.app.shared.audit.AuditHistory;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The append-only audit log on the sandbox database (table {@code audit_log}): the engine's {@link
 * AuditLog} port and the plugin's {@link AuditHistory} read port. When called inside another
 * store's transaction the entry commits (or rolls back) with it.
 */
public final class SqlAuditLog implements AuditLog, AuditHistory {

  private final SandboxStore store;

  public SqlAuditLog(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public void record(AuditEntry entry) {
    Objects.requireNonNull(entry, "entry");
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO audit_log (actor_key, action, target_type, target_id, before_text,"
                      + " after_text, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, entry.actorKey());
            ps.setString(2, entry.action());
            ps.setString(3, entry.targetType());
            ps.setString(4, entry.targetId());
            Sql.string(ps, 5, entry.before());
            Sql.string(ps, 6, entry.after());
            Sql.instant(ps, 7, entry.at());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException for a page out of range
   */
  @Override
  public List<AuditEntry> page(AuditFilter filter, int startAt, int maxResults) {
    Objects.requireNonNull(filter, "filter");
    AuditHistory.checkPage(startAt, maxResults);
    return store.inTransaction(
        c -> {
          List<AuditEntry> entries = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT actor_key, action, target_type, target_id, before_text, after_text,"
                      + " recorded_at FROM audit_log"
                      + where(filter)
                      + " ORDER BY id DESC LIMIT ? OFFSET ?")) {
            int next = bind(ps, filter);
            ps.setInt(next, maxResults);
            ps.setInt(next + 1, startAt);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                entries.add(
                    new AuditEntry(
                        rs.getString("actor_key"),
                        rs.getString("action"),
                        rs.getString("target_type"),
                        rs.getString("target_id"),
                        rs.getString("before_text"),
                        rs.getString("after_text"),
                        Sql.instant(rs, "recorded_at")));
              }
            }
          }
          return List.copyOf(entries);
        });
  }

  @Override
  public int count(AuditFilter filter) {
    Objects.requireNonNull(filter, "filter");
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM audit_log" + where(filter))) {
            bind(ps, filter);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getInt(1);
            }
          }
        });
  }

  private static String where(AuditFilter filter) {
    if (filter.targetType() == null) {
      return "";
    }
    return filter.targetId() == null
        ? " WHERE target_type = ?"
        : " WHERE target_type = ? AND target_id = ?";
  }

  /** Binds the filter's values; returns the index of the next parameter. */
  private static int bind(PreparedStatement ps, AuditFilter filter) throws SQLException {
    int i = 1;
    if (filter.targetType() != null) {
      ps.setString(i++, filter.targetType());
      if (filter.targetId() != null) {
        ps.setString(i++, filter.targetId());
      }
    }
    return i;
  }
}
