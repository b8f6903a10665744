package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.jira.shared.security.PmoAdminGroupAdministration;
import io.lodestar.pmo.jira.shared.security.PmoAdminGroupSetting;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The PMO admin group, kept in the {@link SettingEntity} row {@value #KEY}. Read on every
 * permission check straight from the database (no cache: a change made on one node applies on all
 * nodes at once). Changed with a version check; each change is audited in the same transaction.
 * Changes take the cluster lock {@code lodestar.internal.lock.}{@value #LOCK_SUFFIX} before reading
 * the row and hold it until the transaction has ended ({@link ClusterWriteLocks}), so of two admins
 * sending the same version exactly one wins, on one node or several.
 */
public final class AoPmoAdminGroupSetting
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

  /** Suffix of the name of the cluster lock held while the setting changes. */
  static final String LOCK_SUFFIX = "setting.pmo-admin-group";

  private final ActiveObjects ao;
  private final AuditLog auditLog;
  private final Clock clock;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoPmoAdminGroupSetting(
      ActiveObjects ao,
      AuditLog auditLog,
      Clock clock,
      AoTransactions transactions,
      ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
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
    return row()
        .map(r -> Versioned.of(normalise(r.getSettingValue()), r.getVersion()))
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
   * @throws WriteLockUnavailableException when another change holds the lock for too long
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
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(LOCK_SUFFIX);
          return write(value, expectedVersion, actorKey);
        });
  }

  private Outcome<Versioned<Optional<String>>> write(
      Optional<String> value, long expectedVersion, String actorKey) {
    Optional<SettingEntity> found = row();
    long stored = found.map(SettingEntity::getVersion).orElse(Versioned.NEW);
    if (stored != expectedVersion) {
      return Outcome.conflict(expectedVersion, stored);
    }
    long next = expectedVersion + 1;
    Optional<String> before = found.flatMap(r -> normalise(r.getSettingValue()));
    if (found.isPresent()) {
      SettingEntity row = found.get();
      row.setSettingValue(value.orElse(null));
      row.setVersion(next);
      row.save();
    } else {
      ao.create(
          SettingEntity.class,
          new DBParam(SettingEntity.SETTING_KEY, KEY),
          new DBParam(SettingEntity.SETTING_VALUE, value.orElse(null)),
          new DBParam(SettingEntity.VERSION, next));
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

  private Optional<SettingEntity> row() {
    SettingEntity[] rows =
        ao.find(
            SettingEntity.class,
            Query.select().where(SettingEntity.SETTING_KEY + " = ?", KEY).limit(1));
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private static Optional<String> normalise(String group) {
    return group == null || group.isBlank() ? Optional.empty() : Optional.of(group.strip());
  }
}
