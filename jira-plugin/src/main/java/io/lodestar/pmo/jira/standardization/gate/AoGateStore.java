package io.lodestar.pmo.jira.standardization.gate;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.app.standardization.gate.GateSettings;
import io.lodestar.pmo.app.standardization.gate.GateStore;
import io.lodestar.pmo.app.standardization.gate.StoredGate;
import io.lodestar.pmo.engine.standardization.gate.ChecklistItem;
import io.lodestar.pmo.engine.standardization.gate.GateConfig;
import io.lodestar.pmo.engine.standardization.gate.GateCriteria;
import io.lodestar.pmo.engine.standardization.gate.GateEvent;
import io.lodestar.pmo.engine.standardization.gate.GateRequest;
import io.lodestar.pmo.engine.standardization.gate.GateState;
import io.lodestar.pmo.engine.standardization.gate.RequiredDocument;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateEventEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.GatePhaseEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateSettingsEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateStateEntity;
import io.lodestar.pmo.jira.standardization.persistence.JsonText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link GateStore} on {@link GateStateEntity}, {@link GateEventEntity} and {@link
 * GateSettingsEntity}. A save takes the project's cluster lock for the rest of the transaction and
 * stores only when the stored version is the expected one (so of two concurrent decisions exactly
 * one wins; the other gets empty, a 409 upstream); history entries are appended, never rewritten.
 * In the same transaction it writes the project's phase to {@link GatePhaseEntity}, which the
 * "Lodestar phase" field shows and searches.
 */
public final class AoGateStore implements GateStore {

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoGateStore(ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  // --- settings ---

  @Override
  public GateSettings settings() {
    return settingsRow().map(AoGateStore::readSettings).orElse(GateSettings.standard());
  }

  /**
   * Replaces the PMO's settings when the stored version is {@code settings.version()} (0: none
   * stored).
   *
   * @param settings a valid configuration
   * @return the stored settings with the new version; empty, writing nothing, when the stored
   *     version is another
   * @throws IllegalArgumentException when the configuration is invalid
   */
  public Optional<GateSettings> replaceSettings(GateSettings settings) {
    Objects.requireNonNull(settings, "settings");
    if (!settings.config().validate().isEmpty()) {
      throw new IllegalArgumentException("invalid: " + settings.config().validate());
    }
    String text = JsonText.write(settingsTree(settings));
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds("std-gate-settings");
          Optional<GateSettingsEntity> row = settingsRow();
          long stored = row.map(GateSettingsEntity::getVersion).orElse(0L);
          if (stored != settings.version()) {
            return Optional.<GateSettings>empty();
          }
          if (row.isEmpty()) {
            ao.create(
                GateSettingsEntity.class,
                new DBParam(GateSettingsEntity.SETTINGS, text),
                new DBParam(GateSettingsEntity.VERSION, stored + 1));
          } else {
            row.get().setSettings(text);
            row.get().setVersion(stored + 1);
            row.get().save();
          }
          return Optional.of(
              new GateSettings(settings.config(), settings.approverKeys(), stored + 1));
        });
  }

  private Optional<GateSettingsEntity> settingsRow() {
    GateSettingsEntity[] rows =
        ao.find(GateSettingsEntity.class, Query.select().order("ID ASC").limit(1));
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private static Map<String, Object> settingsTree(GateSettings s) {
    List<Object> gates = new ArrayList<>();
    for (GateCriteria g : s.config().gates()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("rules", g.ruleIds());
      m.put(
          "checklist",
          g.checklist().stream()
              .map(c -> (Object) Map.of("id", c.id(), "text", c.text()))
              .toList());
      m.put(
          "documents",
          g.documents().stream()
              .map(d -> (Object) Map.of("id", d.id(), "label", d.label()))
              .toList());
      gates.add(m);
    }
    Map<String, Object> tree = new LinkedHashMap<>();
    tree.put("phases", s.config().phases());
    tree.put("gates", gates);
    tree.put("quorum", s.config().quorum());
    tree.put("approvers", s.approverKeys());
    return tree;
  }

  private static GateSettings readSettings(GateSettingsEntity row) {
    try {
      Map<?, ?> tree = (Map<?, ?>) JsonText.read(row.getSettings());
      List<GateCriteria> gates = new ArrayList<>();
      for (Object o : (List<?>) tree.get("gates")) {
        Map<?, ?> g = (Map<?, ?>) o;
        List<ChecklistItem> checks = new ArrayList<>();
        for (Object c : (List<?>) g.get("checklist")) {
          Map<?, ?> m = (Map<?, ?>) c;
          checks.add(new ChecklistItem((String) m.get("id"), (String) m.get("text")));
        }
        List<RequiredDocument> docs = new ArrayList<>();
        for (Object d : (List<?>) g.get("documents")) {
          Map<?, ?> m = (Map<?, ?>) d;
          docs.add(new RequiredDocument((String) m.get("id"), (String) m.get("label")));
        }
        gates.add(new GateCriteria(strings(g.get("rules")), checks, docs));
      }
      GateConfig config =
          new GateConfig(
              strings(tree.get("phases")), gates, ((Number) tree.get("quorum")).intValue());
      if (!config.validate().isEmpty()) {
        throw new StoredDataException("invalid gate settings: " + config.validate());
      }
      return new GateSettings(config, strings(tree.get("approvers")), row.getVersion());
    } catch (RuntimeException e) {
      throw new StoredDataException(
          GateSettingsEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }

  // --- gate state ---

  @Override
  public Optional<StoredGate> find(String projectKey) {
    Objects.requireNonNull(projectKey, "projectKey");
    return stateRow(projectKey).map(row -> readGate(row, events(projectKey)));
  }

  @Override
  public Optional<StoredGate> save(StoredGate gate) {
    Objects.requireNonNull(gate, "gate");
    GateState state = gate.state();
    String key = state.projectKey();
    String open = state.open().map(r -> JsonText.write(requestTree(r))).orElse(null);
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds("std-gate." + key);
          Optional<GateStateEntity> row = stateRow(key);
          long stored = row.map(GateStateEntity::getVersion).orElse(0L);
          if (stored != gate.version()) {
            return Optional.<StoredGate>empty();
          }
          int storedEvents =
              ao.count(GateEventEntity.class, GateEventEntity.PROJECT_KEY + " = ?", key);
          List<GateEvent> history = state.history();
          if (history.size() < storedEvents) {
            throw new IllegalArgumentException("gate history may only grow");
          }
          long next = stored + 1;
          if (row.isEmpty()) {
            ao.create(
                GateStateEntity.class,
                new DBParam(GateStateEntity.PROJECT_KEY, key),
                new DBParam(GateStateEntity.PHASE, state.phase()),
                new DBParam(GateStateEntity.OPEN_REQUEST, open),
                new DBParam(GateStateEntity.VERSION, next));
          } else {
            GateStateEntity r = row.get();
            r.setPhase(state.phase());
            r.setOpenRequest(open);
            r.setVersion(next);
            r.save();
          }
          for (int i = storedEvents; i < history.size(); i++) {
            GateEvent e = history.get(i);
            ao.create(
                GateEventEntity.class,
                new DBParam(GateEventEntity.PROJECT_KEY, key),
                new DBParam(GateEventEntity.SEQ, i),
                new DBParam(GateEventEntity.KIND, e.kind().name()),
                new DBParam(GateEventEntity.PHASE, e.phase()),
                new DBParam(GateEventEntity.ACTOR_KEY, e.actorKey()),
                new DBParam(GateEventEntity.OCCURRED_AT, Date.from(e.at())),
                new DBParam(GateEventEntity.COMMENT_TEXT, e.comment()));
          }
          writePhase(key, state.phase(), state.phaseName(settings().config()).orElse(null), next);
          return Optional.of(new StoredGate(state, next));
        });
  }

  /** The "Lodestar phase" field's row: the phase's name, null once the lifecycle is complete. */
  private void writePhase(String key, int phase, String name, long version) {
    GatePhaseEntity[] rows =
        ao.find(GatePhaseEntity.class, GatePhaseEntity.PROJECT_KEY + " = ?", key);
    if (rows.length == 0) {
      ao.create(
          GatePhaseEntity.class,
          new DBParam(GatePhaseEntity.PROJECT_KEY, key),
          new DBParam(GatePhaseEntity.PHASE_NAME, name),
          new DBParam(GatePhaseEntity.PHASE_INDEX, phase),
          new DBParam(GatePhaseEntity.VERSION, version));
    } else {
      rows[0].setPhaseName(name);
      rows[0].setPhaseIndex(phase);
      rows[0].setVersion(version);
      rows[0].save();
    }
  }

  private Optional<GateStateEntity> stateRow(String key) {
    GateStateEntity[] rows =
        ao.find(GateStateEntity.class, GateStateEntity.PROJECT_KEY + " = ?", key);
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private GateEventEntity[] events(String key) {
    return ao.find(
        GateEventEntity.class,
        Query.select()
            .where(GateEventEntity.PROJECT_KEY + " = ?", key)
            .order(GateEventEntity.SEQ + " ASC"));
  }

  private static StoredGate readGate(GateStateEntity row, GateEventEntity[] events) {
    try {
      List<GateEvent> history = new ArrayList<>();
      for (GateEventEntity e : events) {
        history.add(
            new GateEvent(
                GateEvent.Kind.valueOf(e.getKind()),
                e.getPhase(),
                e.getActorKey(),
                e.getOccurredAt().toInstant(),
                e.getCommentText() == null ? "" : e.getCommentText()));
      }
      Optional<GateRequest> open =
          row.getOpenRequest() == null
              ? Optional.empty()
              : Optional.of(readRequest(row.getOpenRequest()));
      return new StoredGate(
          new GateState(row.getProjectKey(), row.getPhase(), open, history), row.getVersion());
    } catch (RuntimeException e) {
      throw new StoredDataException(
          GateStateEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }

  private static Map<String, Object> requestTree(GateRequest r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("phase", r.phase());
    m.put("requestedBy", r.requestedBy());
    m.put("requestedAt", r.requestedAt().toString());
    m.put("ticked", r.ticked().stream().sorted().toList());
    m.put("documents", new LinkedHashMap<>(r.documents()));
    m.put("approvals", r.approvals());
    return m;
  }

  private static GateRequest readRequest(String text) {
    Map<?, ?> m = (Map<?, ?>) JsonText.read(text);
    Map<String, String> documents = new LinkedHashMap<>();
    ((Map<?, ?>) m.get("documents")).forEach((k, v) -> documents.put((String) k, (String) v));
    return new GateRequest(
        ((Number) m.get("phase")).intValue(),
        (String) m.get("requestedBy"),
        Instant.parse((String) m.get("requestedAt")),
        new LinkedHashSet<>(strings(m.get("ticked"))),
        documents,
        strings(m.get("approvals")));
  }

  private static List<String> strings(Object list) {
    List<String> out = new ArrayList<>();
    for (Object o : (List<?>) list) {
      out.add((String) o);
    }
    return out;
  }
}
