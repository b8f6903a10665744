package io.lodestar.pmo.app.shared.security;

import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * The PMO admin group, one rule set for every host: kept in the setting row {@value #KEY} of the
 * host's {@link SettingRows}, read on every permission check straight from the store (no cache: a
 * change made on one node applies on all nodes at once), changed with a version check under the
 * write lock {@value #LOCK_NAME}, each change audited in the same transaction. Setting the group it
 * already has (at the version edited) changes nothing: no new version, no audit entry.
 */
public final class PmoAdminGroupService
    implements PmoAdminGroupSetting, PmoAdminGroupAdministration {

  /** The setting's key. */
  public static final String KEY = "pmo.adminGroup";

  /** Longest group name (Jira's own limit on group names). */
  public static final int MAX_GROUP_LENGTH = 255;

  /** Audit action of a change. */
  public static final String AUDIT_ACTION = "lodestar.admin.audit.pmo-admin-group.updated";

  /** Audit target type of a change. */
  public static final String AUDIT_TARGET_TYPE = "admin.setting";

  /** Message key of a group name that is too long. Args: max length. */
  public static final String ERROR_TOO_LONG = "lodestar.admin.pmo-admin-group.error.too-long";

  /** Message key of a negative version. Args: value. */
  public static final String ERROR_VERSION = "lodestar.admin.pmo-admin-group.error.version";

  /** Field name of the group in violations. */
  public static final String FIELD_GROUP = "group";

  /** Field name of the version in violations. */
  public static final String FIELD_VERSION = "version";

  /** Name of the write lock held while the setting changes. */
  public static final String LOCK_NAME = "setting.pmo-admin-group";

  private final SettingRows rows;
  private final AuditLog auditLog;
  private final Clock clock;

  public PmoAdminGroupService(SettingRows rows, AuditLog auditLog, Clock clock) {
    this.rows = Objects.requireNonNull(rows, "rows");
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public Optional<String> pmoAdminGroup() {
    return current().value();
  }

  /**
   * @return the configured group (empty when none) and its version; version {@link Versioned#NEW}
   *     when it was never set
   */
  @Override
  public Versioned<Optional<String>> current() {
    return rows.find(KEY)
        .map(r -> Versioned.of(normalise(r.value()), r.version()))
        .orElse(Versioned.of(Optional.empty(), Versioned.NEW));
  }

  /**
   * Sets or clears the PMO admin group.
   *
   * @param group the group name; null or blank clears the setting; surrounding blanks are removed
   * @param expectedVersion the version the admin saw ({@link Versioned#NEW} when never set)
   * @param actorKey user key of the admin making the change, for the audit log
   * @return {@code Ok} with the new value and version; {@code Invalid} (field {@value #FIELD_GROUP}
   *     or {@value #FIELD_VERSION}) with nothing changed; {@code Conflict} when the stored version
   *     differs, with nothing changed
   */
  @Override
  public Outcome<Versioned<Optional<String>>> update(
      String group, long expectedVersion, String actorKey) {
    Objects.requireNonNull(actorKey, "actorKey");
    Optional<String> value = normalise(group);
    if (value.isPresent() && value.get().length() > MAX_GROUP_LENGTH) {
      return Outcome.invalid(Violation.of(FIELD_GROUP, ERROR_TOO_LONG, MAX_GROUP_LENGTH));
    }
    if (expectedVersion < 0) {
      return Outcome.invalid(Violation.of(FIELD_VERSION, ERROR_VERSION, expectedVersion));
    }
    return rows.inLockedTransaction(LOCK_NAME, () -> write(value, expectedVersion, actorKey));
  }

  private Outcome<Versioned<Optional<String>>> write(
      Optional<String> value, long expectedVersion, String actorKey) {
    Optional<SettingRows.Row> found = rows.find(KEY);
    long stored = found.map(SettingRows.Row::version).orElse(Versioned.NEW);
    if (stored != expectedVersion) {
      return Outcome.conflict(expectedVersion, stored);
    }
    Optional<String> before = found.flatMap(r -> normalise(r.value()));
    if (before.equals(value)) {
      return Outcome.ok(Versioned.of(value, stored));
    }
    long next = expectedVersion + 1;
    if (!rows.write(KEY, value.orElse(null), expectedVersion, next)) {
      return Outcome.conflict(
          expectedVersion, rows.find(KEY).map(SettingRows.Row::version).orElse(Versioned.NEW));
    }
    auditLog.record(
        new AuditEntry(
            actorKey,
            AUDIT_ACTION,
            AUDIT_TARGET_TYPE,
            KEY,
            before.orElse(null),
            value.orElse(null),
            clock.instant()));
    return Outcome.ok(Versioned.of(value, next));
  }

  private static Optional<String> normalise(String group) {
    return group == null || group.isBlank() ? Optional.empty() : Optional.of(group.strip());
  }
}
