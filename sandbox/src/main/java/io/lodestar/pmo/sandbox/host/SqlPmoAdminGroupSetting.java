package io.lodestar.pmo.sandbox.host;

import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.jira.shared.persistence.AoPmoAdminGroupSetting;
import io.lodestar.pmo.jira.shared.security.PmoAdminGroupAdministration;
import io.lodestar.pmo.jira.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.sandbox.store.SandboxStore;
import io.lodestar.pmo.sandbox.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The PMO admin group on the sandbox database (row {@value AoPmoAdminGroupSetting#KEY} of {@code
 * app_setting}), with the plugin's rules, keys and audit action: read on every check, changed with
 * a version check, each change audited in the same transaction.
 */
public final class SqlPmoAdminGroupSetting
    implements PmoAdminGroupSetting, PmoAdminGroupAdministration {

  private final SandboxStore store;
  private final AuditLog auditLog;
  private final Clock clock;

  public SqlPmoAdminGroupSetting(SandboxStore store, AuditLog auditLog, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<String> pmoAdminGroup() {
    return current().value();
  }

  @Override
  public Versioned<Optional<String>> current() {
    return store.inTransaction(
        c -> {
          Row row = row(c);
          return row == null
              ? Versioned.of(Optional.<String>empty(), Versioned.NEW)
              : Versioned.of(normalise(row.value()), row.version());
        });
  }

  @Override
  public Outcome<Versioned<Optional<String>>> update(
      String group, long expectedVersion, String actorKey) {
    Objects.requireNonNull(actorKey, "actorKey");
    Optional<String> value = normalise(group);
    if (value.isPresent() && value.get().length() > AoPmoAdminGroupSetting.MAX_GROUP_LENGTH) {
      return Outcome.invalid(
          Violation.of(
              AoPmoAdminGroupSetting.FIELD_GROUP,
              AoPmoAdminGroupSetting.ERROR_TOO_LONG,
              AoPmoAdminGroupSetting.MAX_GROUP_LENGTH));
    }
    if (expectedVersion < 0) {
      return Outcome.invalid(
          Violation.of(
              AoPmoAdminGroupSetting.FIELD_VERSION,
              AoPmoAdminGroupSetting.ERROR_VERSION,
              expectedVersion));
    }
    return store.inTransaction(
        c -> {
          Row row = row(c);
          long stored = row == null ? Versioned.NEW : row.version();
          if (stored != expectedVersion) {
            return Outcome.conflict(expectedVersion, stored);
          }
          long next = expectedVersion + 1;
          int written;
          if (row == null) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO app_setting (setting_key, setting_value, version) VALUES (?, ?,"
                        + " ?)")) {
              ps.setString(1, AoPmoAdminGroupSetting.KEY);
              Sql.string(ps, 2, value.orElse(null));
              ps.setLong(3, next);
              written = ps.executeUpdate();
            }
          } else {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "UPDATE app_setting SET setting_value = ?, version = ? WHERE setting_key = ?"
                        + " AND version = ?")) {
              Sql.string(ps, 1, value.orElse(null));
              ps.setLong(2, next);
              ps.setString(3, AoPmoAdminGroupSetting.KEY);
              ps.setLong(4, expectedVersion);
              written = ps.executeUpdate();
            }
          }
          if (written != 1) {
            Row now = row(c);
            return Outcome.conflict(expectedVersion, now == null ? Versioned.NEW : now.version());
          }
          auditLog.record(
              new AuditEntry(
                  actorKey,
                  AoPmoAdminGroupSetting.AUDIT_ACTION,
                  AoPmoAdminGroupSetting.AUDIT_TARGET_TYPE,
                  AoPmoAdminGroupSetting.KEY,
                  row == null ? null : normalise(row.value()).orElse(null),
                  value.orElse(null),
                  clock.instant()));
          return Outcome.ok(Versioned.of(value, next));
        });
  }

  private record Row(String value, long version) {}

  private static Row row(Connection c) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT setting_value, version FROM app_setting WHERE setting_key = ?")) {
      ps.setString(1, AoPmoAdminGroupSetting.KEY);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Row(rs.getString(1), rs.getLong(2)) : null;
      }
    }
  }

  private static Optional<String> normalise(String group) {
    return group == null || group.isBlank() ? Optional.empty() : Optional.of(group.strip());
  }
}
