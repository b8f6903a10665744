package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMappingLimits;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Saves per-project risk settings and the portfolio default, validated and audited (target type
 * {@value #AUDIT_TARGET}, target id = project key or {@value #DEFAULT_TARGET_ID}).
 *
 * <p>Rules: the mapping must designate at least one risk issue type (field {@value
 * #RISK_ISSUE_TYPES_FIELD}): every consumer (register, custom fields, issue panel, reminders)
 * treats exactly the designated types as risks, with no fallback by name; the model must exist
 * (field {@code modelId}); the appetite band key, when set, must be a band of that model (field
 * {@code appetiteBandKey}); a project key must not be blank; ids stay within {@link
 * RiskFieldMappingLimits}.
 *
 * <p>A save equal to the stored settings at the version edited changes nothing (no new version, no
 * audit entry) and answers the stored settings.
 *
 * <p>Atomicity: the model check, the read of the previous value, the save and the audit entry run
 * in one {@link Transactions#inTransaction}; a failed audit write rolls the save back.
 */
public final class RiskSettingsService {

  /** Audit target type of risk settings. */
  public static final String AUDIT_TARGET = "risk.projectSettings";

  /** Audit target id of the portfolio default. */
  public static final String DEFAULT_TARGET_ID = "*";

  /** The field named when the mapping designates no risk issue type. */
  public static final String RISK_ISSUE_TYPES_FIELD = "mapping.riskIssueTypeIds";

  private final RiskProjectSettingsStore store;
  private final ScoringModelStore models;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * @param store the settings
   * @param models scoring models, to check the model and appetite band
   * @param audit where changes are recorded
   * @param transactions the transaction each save and its audit entry share
   * @param clock time of audit entries
   */
  public RiskSettingsService(
      RiskProjectSettingsStore store,
      ScoringModelStore models,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.models = Objects.requireNonNull(models, "models");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Saves a project's settings.
   *
   * @param actorKey admin user key, for the audit
   * @param projectKey the project
   * @param settings the new settings
   * @param expectedVersion the version edited; {@link Versioned#NEW} to create
   * @return Ok with the stored settings and new version; Invalid; NotFound (updating settings that
   *     do not exist); Conflict
   */
  public Outcome<Versioned<RiskProjectSettings>> save(
      String actorKey, String projectKey, RiskProjectSettings settings, long expectedVersion) {
    if (projectKey == null || projectKey.isBlank()) {
      return Outcome.invalid(Violation.of("projectKey", RiskMessageKeys.PROJECT_KEY_REQUIRED));
    }
    return transactions.inTransaction(
        () -> {
          List<Violation> violations = validate(settings);
          if (!violations.isEmpty()) {
            return Outcome.invalid(violations);
          }
          Optional<Versioned<RiskProjectSettings>> before = store.find(projectKey);
          if (unchanged(before, settings, expectedVersion)) {
            return Outcome.ok(before.get());
          }
          return finish(
              actorKey, projectKey, before, store.save(projectKey, settings, expectedVersion));
        });
  }

  /** Like {@link #save} for the portfolio default. */
  public Outcome<Versioned<RiskProjectSettings>> saveDefault(
      String actorKey, RiskProjectSettings settings, long expectedVersion) {
    return transactions.inTransaction(
        () -> {
          List<Violation> violations = validate(settings);
          if (!violations.isEmpty()) {
            return Outcome.invalid(violations);
          }
          Optional<Versioned<RiskProjectSettings>> before = store.findDefault();
          if (unchanged(before, settings, expectedVersion)) {
            return Outcome.ok(before.get());
          }
          return finish(
              actorKey, DEFAULT_TARGET_ID, before, store.saveDefault(settings, expectedVersion));
        });
  }

  /**
   * Whether saving {@code settings} at {@code expectedVersion} would change nothing: the stored
   * settings are at that version and equal. Such a save writes no version and no audit entry.
   */
  private static boolean unchanged(
      Optional<Versioned<RiskProjectSettings>> before,
      RiskProjectSettings settings,
      long expectedVersion) {
    return before.isPresent()
        && before.get().version() == expectedVersion
        && before.get().value().equals(settings);
  }

  private List<Violation> validate(RiskProjectSettings settings) {
    List<Violation> violations = new ArrayList<>();
    if (settings.mapping().riskIssueTypeIds().isEmpty()) {
      violations.add(
          Violation.of(RISK_ISSUE_TYPES_FIELD, RiskMessageKeys.RISK_ISSUE_TYPES_REQUIRED));
    }
    violations.addAll(RiskFieldMappingLimits.check(settings.mapping()));
    Optional<ScoringModel> model = models.find(settings.modelId());
    if (model.isEmpty()) {
      violations.add(Violation.of("modelId", RiskMessageKeys.MODEL_NOT_FOUND, settings.modelId()));
    } else if (settings.appetiteBandKey() != null
        && model.get().bands().byKey(settings.appetiteBandKey()).isEmpty()) {
      violations.add(
          Violation.of(
              "appetiteBandKey",
              RiskMessageKeys.APPETITE_UNKNOWN_BAND,
              settings.appetiteBandKey()));
    }
    return violations;
  }

  private Outcome<Versioned<RiskProjectSettings>> finish(
      String actorKey,
      String targetId,
      Optional<Versioned<RiskProjectSettings>> before,
      StoreResult<Versioned<RiskProjectSettings>> result) {
    if (result instanceof StoreResult.Stored<Versioned<RiskProjectSettings>> stored) {
      audit.record(
          new AuditEntry(
              actorKey,
              RiskMessageKeys.AUDIT_SETTINGS_SAVED,
              AUDIT_TARGET,
              targetId,
              before.map(v -> AuditText.of(v.value())).orElse(null),
              AuditText.of(stored.value().value()),
              clock.instant()));
      return Outcome.ok(stored.value());
    }
    if (result instanceof StoreResult.VersionConflict<?> c) {
      return Outcome.conflict(c.expectedVersion(), c.actualVersion());
    }
    return Outcome.notFound(RiskMessageKeys.PROJECT_NOT_CONFIGURED, targetId);
  }
}
