package io.lodestar.pmo.sandbox.standardization.gate;

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
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import io.lodestar.pmo.sandbox.shared.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link GateStore} on the tables of {@code V10__stage_gates.sql}. A save is one conditional {@code
 * UPDATE ... WHERE version = ?} (or an {@code INSERT} for version 0, which the primary key refuses
 * when another save came first), so two concurrent decisions cannot both win; history rows are
 * appended, never rewritten.
 */
public final class SqlGateStore implements GateStore {

  private final SandboxStore store;

  public SqlGateStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public GateSettings settings() {
    return store.inTransaction(this::settings);
  }

  private GateSettings settings(Connection c) throws SQLException {
    List<String> phases;
    int quorum;
    long version;
    try (PreparedStatement ps =
            c.prepareStatement("SELECT phases, quorum, version FROM gate_settings WHERE id = 1");
        ResultSet rs = ps.executeQuery()) {
      if (!rs.next()) {
        return GateSettings.standard();
      }
      phases = Arrays.asList(rs.getString(1).split("\n"));
      quorum = rs.getInt(2);
      version = rs.getLong(3);
    }
    List<List<String>> rules = lists(phases.size());
    List<List<ChecklistItem>> checks = lists(phases.size());
    List<List<RequiredDocument>> docs = lists(phases.size());
    try (PreparedStatement ps =
            c.prepareStatement(
                "SELECT phase, kind, item_id, text FROM gate_criterion ORDER BY phase, kind,"
                    + " position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        int phase = rs.getInt(1);
        if (phase >= phases.size()) {
          continue;
        }
        switch (rs.getString(2)) {
          case "RULE" -> rules.get(phase).add(rs.getString(3));
          case "CHECK" ->
              checks.get(phase).add(new ChecklistItem(rs.getString(3), rs.getString(4)));
          default -> docs.get(phase).add(new RequiredDocument(rs.getString(3), rs.getString(4)));
        }
      }
    }
    List<GateCriteria> gates = new ArrayList<>();
    for (int i = 0; i < phases.size(); i++) {
      gates.add(new GateCriteria(rules.get(i), checks.get(i), docs.get(i)));
    }
    List<String> approvers = new ArrayList<>();
    try (PreparedStatement ps =
            c.prepareStatement("SELECT user_key FROM gate_approver ORDER BY position");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        approvers.add(rs.getString(1));
      }
    }
    GateConfig config = new GateConfig(phases, gates, quorum);
    if (!config.validate().isEmpty()) {
      throw new StoreException("stored gate settings are invalid: " + config.validate());
    }
    return new GateSettings(config, approvers, version);
  }

  /**
   * Replaces the settings (the demo data's lifecycle; a PMO admin page would call the same).
   *
   * @param settings a valid configuration
   */
  public void replaceSettings(GateSettings settings) {
    if (!settings.config().validate().isEmpty()) {
      throw new IllegalArgumentException("invalid: " + settings.config().validate());
    }
    store.inTransaction(
        c -> {
          try (PreparedStatement del = c.prepareStatement("DELETE FROM gate_criterion")) {
            del.executeUpdate();
          }
          try (PreparedStatement del = c.prepareStatement("DELETE FROM gate_approver")) {
            del.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO gate_settings (id, phases, quorum, version) KEY (id) VALUES (1, ?,"
                      + " ?, COALESCE((SELECT version FROM gate_settings WHERE id = 1), 0) + 1)")) {
            ps.setString(1, String.join("\n", settings.config().phases()));
            ps.setInt(2, settings.config().quorum());
            ps.executeUpdate();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO gate_criterion (phase, kind, position, item_id, text) VALUES (?, ?,"
                      + " ?, ?, ?)")) {
            List<GateCriteria> gates = settings.config().gates();
            for (int p = 0; p < gates.size(); p++) {
              GateCriteria g = gates.get(p);
              for (int i = 0; i < g.ruleIds().size(); i++) {
                criterion(ps, p, "RULE", i, g.ruleIds().get(i), "");
              }
              for (int i = 0; i < g.checklist().size(); i++) {
                ChecklistItem item = g.checklist().get(i);
                criterion(ps, p, "CHECK", i, item.id(), item.text());
              }
              for (int i = 0; i < g.documents().size(); i++) {
                RequiredDocument d = g.documents().get(i);
                criterion(ps, p, "DOC", i, d.id(), d.label());
              }
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement("INSERT INTO gate_approver (position, user_key) VALUES (?, ?)")) {
            for (int i = 0; i < settings.approverKeys().size(); i++) {
              ps.setInt(1, i);
              ps.setString(2, settings.approverKeys().get(i));
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  private static void criterion(
      PreparedStatement ps, int phase, String kind, int position, String id, String text)
      throws SQLException {
    ps.setInt(1, phase);
    ps.setString(2, kind);
    ps.setInt(3, position);
    ps.setString(4, id);
    ps.setString(5, text);
    ps.addBatch();
  }

  @Override
  public Optional<StoredGate> find(String projectKey) {
    Objects.requireNonNull(projectKey, "projectKey");
    return store.inTransaction(c -> find(c, projectKey));
  }

  private Optional<StoredGate> find(Connection c, String projectKey) throws SQLException {
    int phase;
    long version;
    GateRequest open = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT phase, version, req_phase, req_by, req_at, req_ticked, req_approvals FROM"
                + " gate_state WHERE project_key = ?")) {
      ps.setString(1, projectKey);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        phase = rs.getInt(1);
        version = rs.getLong(2);
        String by = rs.getString(4);
        if (by != null) {
          open =
              new GateRequest(
                  rs.getInt(3),
                  by,
                  Sql.instant(rs, "req_at"),
                  new LinkedHashSet<>(lines(rs.getString(6))),
                  documents(c, projectKey),
                  lines(rs.getString(7)));
        }
      }
    }
    List<GateEvent> history = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT kind, phase, actor_key, at, comment FROM gate_event WHERE project_key = ?"
                + " ORDER BY seq")) {
      ps.setString(1, projectKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          history.add(
              new GateEvent(
                  GateEvent.Kind.valueOf(rs.getString(1)),
                  rs.getInt(2),
                  rs.getString(3),
                  Sql.instant(rs, "at"),
                  rs.getString(5)));
        }
      }
    }
    return Optional.of(
        new StoredGate(
            new GateState(projectKey, phase, Optional.ofNullable(open), history), version));
  }

  private static Map<String, String> documents(Connection c, String projectKey)
      throws SQLException {
    Map<String, String> out = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT doc_id, link FROM gate_request_document WHERE project_key = ?")) {
      ps.setString(1, projectKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  @Override
  public Optional<StoredGate> save(StoredGate gate) {
    GateState state = gate.state();
    String key = state.projectKey();
    return store.inTransaction(
        c -> {
          int storedEvents = 0;
          if (gate.version() == 0) {
            if (find(c, key).isPresent()) {
              return Optional.<StoredGate>empty();
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO gate_state (project_key, phase, version) VALUES (?, 0, 0)")) {
              ps.setString(1, key);
              ps.executeUpdate();
            }
          } else {
            storedEvents = count(c, key);
          }
          GateRequest open = state.open().orElse(null);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE gate_state SET phase = ?, version = version + 1, req_phase = ?, req_by ="
                      + " ?, req_at = ?, req_ticked = ?, req_approvals = ? WHERE project_key = ?"
                      + " AND version = ?")) {
            ps.setInt(1, state.phase());
            if (open == null) {
              ps.setObject(2, null);
            } else {
              ps.setInt(2, open.phase());
            }
            Sql.string(ps, 3, open == null ? null : open.requestedBy());
            Sql.instant(ps, 4, open == null ? null : open.requestedAt());
            Sql.string(
                ps,
                5,
                open == null ? null : String.join("\n", open.ticked().stream().sorted().toList()));
            Sql.string(ps, 6, open == null ? null : String.join("\n", open.approvals()));
            ps.setString(7, key);
            ps.setLong(8, gate.version());
            if (ps.executeUpdate() != 1) {
              return Optional.<StoredGate>empty();
            }
          }
          try (PreparedStatement del =
              c.prepareStatement("DELETE FROM gate_request_document WHERE project_key = ?")) {
            del.setString(1, key);
            del.executeUpdate();
          }
          if (open != null && !open.documents().isEmpty()) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO gate_request_document (project_key, doc_id, link) VALUES (?, ?,"
                        + " ?)")) {
              for (Map.Entry<String, String> d : open.documents().entrySet()) {
                ps.setString(1, key);
                ps.setString(2, d.getKey());
                ps.setString(3, d.getValue());
                ps.addBatch();
              }
              ps.executeBatch();
            }
          }
          List<GateEvent> history = state.history();
          if (history.size() < storedEvents) {
            throw new IllegalArgumentException("gate history may only grow");
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO gate_event (project_key, seq, kind, phase, actor_key, at, comment)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = storedEvents; i < history.size(); i++) {
              GateEvent e = history.get(i);
              ps.setString(1, key);
              ps.setInt(2, i);
              ps.setString(3, e.kind().name());
              ps.setInt(4, e.phase());
              ps.setString(5, e.actorKey());
              Sql.instant(ps, 6, e.at());
              ps.setString(7, e.comment());
              ps.addBatch();
            }
            ps.executeBatch();
          }
          return Optional.of(new StoredGate(state, gate.version() + 1));
        });
  }

  private static int count(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM gate_event WHERE project_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private static List<String> lines(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    return List.of(text.split("\n"));
  }

  private static <T> List<List<T>> lists(int n) {
    List<List<T>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(new ArrayList<>());
    }
    return out;
  }
}
