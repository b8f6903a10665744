package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft;
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
 * Administration of scoring models: validate, store, audit. Every successful change writes one
 * {@link AuditEntry} (target type {@value #AUDIT_TARGET}, target id = model id) with canonical
 * before/after text ({@link AuditText}).
 *
 * <p>Rules beyond draft validation: an update may not drop a band that a project using the model
 * (or the default, if it uses it) has as its appetite (violation on {@code bands}); a model used by
 * a project or by the default cannot be deleted ({@link RiskMessageKeys#MODEL_IN_USE}).
 *
 * <p>Atomicity: each write runs in one {@link Transactions#inTransaction}: the reads its rules
 * depend on (the stored version, the projects using the model), the store call and the audit entry.
 * If the audit write fails, the change is rolled back, so no change is ever left unaudited. Pure
 * draft validation runs before the transaction opens.
 */
public final class ScoringModelService {

  /** Audit target type of scoring models. */
  public static final String AUDIT_TARGET = "risk.scoringModel";

  private final ScoringModelStore store;
  private final RiskProjectSettingsStore settings;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  /**
   * @param store the models
   * @param settings project settings, for the in-use and appetite rules
   * @param audit where changes are recorded
   * @param transactions the transaction each write and its audit entry share
   * @param clock time of audit entries
   */
  public ScoringModelService(
      ScoringModelStore store,
      RiskProjectSettingsStore settings,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** All models, as the store orders them. */
  public List<ScoringModel> list() {
    return store.list();
  }

  /** The model {@code id}, or NotFound ({@link RiskMessageKeys#MODEL_NOT_FOUND}). */
  public Outcome<ScoringModel> find(long id) {
    return store
        .find(id)
        .<Outcome<ScoringModel>>map(Outcome::ok)
        .orElseGet(() -> Outcome.notFound(RiskMessageKeys.MODEL_NOT_FOUND, id));
  }

  /** The matrix the draft would produce, or its violations. Stores nothing. */
  public Outcome<ModelPreview> preview(ScoringModelDraft draft) {
    return draft.toModel().map(ModelPreview::of);
  }

  /**
   * Creates a model from {@code draft} (its id and version are ignored).
   *
   * @param actorKey user key of the admin, for the audit
   * @return Ok with the stored model (new id, version 1), or Invalid
   */
  public Outcome<ScoringModel> create(String actorKey, ScoringModelDraft draft) {
    Outcome<ScoringModel> built = draft.toModel();
    if (!(built instanceof Outcome.Ok<ScoringModel> ok)) {
      return built;
    }
    ScoringModel candidate = ok.value().withIdentity(0, 0);
    return transactions.inTransaction(
        () -> {
          ScoringModel stored = store.create(candidate);
          record(
              actorKey,
              RiskMessageKeys.AUDIT_MODEL_CREATED,
              stored.id(),
              null,
              AuditText.of(stored));
          return Outcome.ok(stored);
        });
  }

  /**
   * Replaces model {@code id} with {@code draft}; {@code draft.version()} is the version the admin
   * edited (optimistic locking).
   *
   * <p>A draft with the same content as the stored model at the version edited (same {@link
   * AuditText}: numbers compared by value, colours ignoring case) changes nothing: no new version,
   * no audit entry; the stored model is returned as it is.
   *
   * @return Ok with the stored model (version + 1, or unchanged when nothing changed); Invalid
   *     (draft violations, id mismatch, or a dropped appetite band); NotFound; Conflict when the
   *     model changed meanwhile
   */
  public Outcome<ScoringModel> update(String actorKey, long id, ScoringModelDraft draft) {
    if (draft.id() != 0 && draft.id() != id) {
      return Outcome.invalid(Violation.of("id", RiskMessageKeys.MODEL_ID_MISMATCH, id, draft.id()));
    }
    Outcome<ScoringModel> built = draft.toModel();
    if (!(built instanceof Outcome.Ok<ScoringModel> ok)) {
      return built;
    }
    ScoringModel candidate = ok.value().withIdentity(id, draft.version());
    return transactions.inTransaction(() -> updateInTransaction(actorKey, candidate));
  }

  private Outcome<ScoringModel> updateInTransaction(String actorKey, ScoringModel candidate) {
    long id = candidate.id();
    Optional<ScoringModel> before = store.find(id);
    if (before.isEmpty()) {
      return Outcome.notFound(RiskMessageKeys.MODEL_NOT_FOUND, id);
    }
    if (before.get().version() != candidate.version()) {
      return Outcome.conflict(candidate.version(), before.get().version());
    }
    if (AuditText.of(before.get()).equals(AuditText.of(candidate))) {
      return Outcome.ok(before.get());
    }
    List<Violation> appetiteViolations = droppedAppetiteBands(candidate);
    if (!appetiteViolations.isEmpty()) {
      return Outcome.invalid(appetiteViolations);
    }
    StoreResult<ScoringModel> result = store.update(candidate, candidate.version());
    if (result instanceof StoreResult.Stored<ScoringModel> stored) {
      record(
          actorKey,
          RiskMessageKeys.AUDIT_MODEL_UPDATED,
          id,
          AuditText.of(before.get()),
          AuditText.of(stored.value()));
      return Outcome.ok(stored.value());
    }
    return refused(result, id);
  }

  /**
   * Deletes model {@code id} at {@code expectedVersion}.
   *
   * <p>The in-use check and the delete run in one transaction. Under READ COMMITTED a project being
   * assigned this model on another node at the same instant can still commit; readers then see a
   * project whose model is missing, which every consumer treats as "not configured" ({@link
   * RiskMessageKeys#MODEL_NOT_FOUND}), never as a failure.
   *
   * @return Ok with the deleted model; Invalid ({@link RiskMessageKeys#MODEL_IN_USE}, field empty)
   *     when projects or the default use it; NotFound; Conflict
   */
  public Outcome<ScoringModel> delete(String actorKey, long id, long expectedVersion) {
    return transactions.inTransaction(() -> deleteInTransaction(actorKey, id, expectedVersion));
  }

  private Outcome<ScoringModel> deleteInTransaction(
      String actorKey, long id, long expectedVersion) {
    List<String> users = new ArrayList<>(settings.projectKeysUsingModel(id));
    if (settings.defaultUsesModel(id)) {
      users.add(0, "*");
    }
    if (!users.isEmpty()) {
      return Outcome.invalid(
          Violation.of("", RiskMessageKeys.MODEL_IN_USE, String.join(",", users)));
    }
    StoreResult<ScoringModel> result = store.delete(id, expectedVersion);
    if (result instanceof StoreResult.Stored<ScoringModel> stored) {
      record(actorKey, RiskMessageKeys.AUDIT_MODEL_DELETED, id, AuditText.of(stored.value()), null);
      return Outcome.ok(stored.value());
    }
    return refused(result, id);
  }

  private List<Violation> droppedAppetiteBands(ScoringModel candidate) {
    List<RiskProjectSettings> users = new ArrayList<>();
    for (String projectKey : settings.projectKeysUsingModel(candidate.id())) {
      settings.find(projectKey).map(Versioned::value).ifPresent(users::add);
    }
    settings
        .findDefault()
        .map(Versioned::value)
        .filter(s -> s.modelId() == candidate.id())
        .ifPresent(users::add);
    List<Violation> violations = new ArrayList<>();
    for (RiskProjectSettings s : users) {
      String key = s.appetiteBandKey();
      if (key != null
          && candidate.bands().byKey(key).isEmpty()
          && violations.stream().noneMatch(v -> v.args().contains(key))) {
        violations.add(Violation.of("bands", RiskMessageKeys.APPETITE_UNKNOWN_BAND, key));
      }
    }
    return violations;
  }

  private static <T> Outcome<T> refused(StoreResult<?> result, long id) {
    if (result instanceof StoreResult.VersionConflict<?> c) {
      return Outcome.conflict(c.expectedVersion(), c.actualVersion());
    }
    return Outcome.notFound(RiskMessageKeys.MODEL_NOT_FOUND, id);
  }

  private void record(String actorKey, String action, long id, String before, String after) {
    audit.record(
        new AuditEntry(
            actorKey, action, AUDIT_TARGET, Long.toString(id), before, after, clock.instant()));
  }
}
