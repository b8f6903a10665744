package io.lodestar.pmo.sandbox.standardization.gate;

import io.lodestar.pmo.app.standardization.gate.GateSettings;
import io.lodestar.pmo.app.standardization.gate.StoredGate;
import io.lodestar.pmo.engine.standardization.gate.ChecklistItem;
import io.lodestar.pmo.engine.standardization.gate.GateActor;
import io.lodestar.pmo.engine.standardization.gate.GateConfig;
import io.lodestar.pmo.engine.standardization.gate.GateCriteria;
import io.lodestar.pmo.engine.standardization.gate.GateState;
import io.lodestar.pmo.engine.standardization.gate.RequiredDocument;
import io.lodestar.pmo.engine.standardization.gate.StageGates;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The demo's lifecycle: Initiate → Plan → Execute → Close with criteria (checklist items and
 * documents; the Close gate also names a template rule, which stays "not evaluated" until the
 * compliance scans are connected), approvers {@code pmo} and {@code admin}, quorum 2; and projects
 * in different phases, each reached by the engine's own moves so their histories are real: MOBA in
 * Initiate (nothing requested), MOBB in Plan with its gate pending (requested by the manager, one
 * approval of two), MOBC and WEBA in Execute, MOBD in Close, WEBB in Plan.
 */
public final class DemoStageGates {

  /** The demo's approvers (demo accounts). */
  public static final List<String> APPROVERS = List.of("pmo", "admin");

  /** The project whose gate is pending approval. */
  public static final String PENDING_PROJECT = "MOBB";

  static final String MANAGER = "manager";

  private DemoStageGates() {}

  /** The demo's lifecycle. */
  public static GateConfig config() {
    return new GateConfig(
        List.of("Initiate", "Plan", "Execute", "Close"),
        List.of(
            new GateCriteria(
                List.of(),
                List.of(
                    new ChecklistItem("kickoff", "Kick-off meeting held"),
                    new ChecklistItem("sponsor", "Sponsor named and committed")),
                List.of(new RequiredDocument("charter", "Project charter"))),
            new GateCriteria(
                List.of(),
                List.of(new ChecklistItem("baseline", "Schedule and cost baseline agreed")),
                List.of(new RequiredDocument("plan", "Project management plan"))),
            new GateCriteria(
                List.of(),
                List.of(new ChecklistItem("acceptance", "Customer acceptance signed")),
                List.of()),
            new GateCriteria(
                List.of("risk-reviewed"),
                List.of(new ChecklistItem("lessons", "Lessons learned recorded")),
                List.of(new RequiredDocument("closure", "Closure report")))),
        2);
  }

  /** Writes the lifecycle and the projects' states (projects the store lacks are skipped). */
  public static void generate(SandboxStore store, LocalDate today) {
    SqlGateStore gates = new SqlGateStore(store);
    gates.replaceSettings(new GateSettings(config(), APPROVERS, 0));
    StageGates engine = new StageGates(config());
    Instant start =
        today.minusDays(120).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(9 * 3600);
    Map<String, Integer> passed = new LinkedHashMap<>();
    passed.put("MOBB", 1);
    passed.put("MOBC", 2);
    passed.put("MOBD", 3);
    passed.put("WEBA", 2);
    passed.put("WEBB", 1);
    for (Map.Entry<String, Integer> p : passed.entrySet()) {
      if (!exists(store, p.getKey())) {
        continue;
      }
      GateState state = GateState.start(p.getKey());
      Instant at = start;
      for (int phase = 0; phase < p.getValue(); phase++) {
        state = request(engine, state, phase, at);
        state = approve(engine, state, "pmo", at.plusSeconds(86_400));
        state = approve(engine, state, "admin", at.plusSeconds(2 * 86_400));
        at = at.plus(java.time.Duration.ofDays(30));
      }
      if (p.getKey().equals(PENDING_PROJECT)) {
        state = request(engine, state, p.getValue(), at);
        state = approve(engine, state, "pmo", at.plusSeconds(3_600));
      }
      gates.save(new StoredGate(state, 0)).orElseThrow();
    }
  }

  private static GateState request(StageGates engine, GateState state, int phase, Instant at) {
    GateCriteria criteria = config().gates().get(phase);
    Set<String> ticked = new java.util.HashSet<>();
    criteria.checklist().forEach(c -> ticked.add(c.id()));
    Map<String, String> docs = new LinkedHashMap<>();
    criteria
        .documents()
        .forEach(
            d ->
                docs.put(
                    d.id(),
                    "https://wiki.example.com/" + state.projectKey().toLowerCase() + "/" + d.id()));
    return engine
        .request(
            state,
            new GateActor(MANAGER, true, false),
            ticked,
            docs,
            Optional.empty(),
            Set.copyOf(APPROVERS),
            at)
        .orElseThrow();
  }

  private static GateState approve(StageGates engine, GateState state, String who, Instant at) {
    return engine
        .approve(
            state,
            new GateActor(who, false, true),
            who.equals("pmo") ? "Criteria checked." : "",
            at)
        .orElseThrow();
  }

  private static boolean exists(SandboxStore store, String key) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT 1 FROM project WHERE project_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }
}
