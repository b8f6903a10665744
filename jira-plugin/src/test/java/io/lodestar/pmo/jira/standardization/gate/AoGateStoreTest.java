package io.lodestar.pmo.jira.standardization.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.app.standardization.gate.GateSettings;
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
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateEventEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.GatePhaseEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateSettingsEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateStateEntity;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class AoGateStoreTest {

  private static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private AoGateStore target;
  private AoProjectPhases phases;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(
        GateStateEntity.class,
        GateEventEntity.class,
        GateSettingsEntity.class,
        GatePhaseEntity.class);
    lockService = new InMemoryClusterLockService();
    AoTransactions tx = new AoTransactions(ao);
    target = new AoGateStore(ao, tx, new ClusterWriteLocks(lockService, tx));
    phases = new AoProjectPhases(ao);
  }

  private static GateState requested() {
    GateRequest open =
        new GateRequest(
            0,
            "manager",
            AT,
            Set.of("charter", "budget"),
            Map.of("plan", "https://wiki.example/plan?a=1&b=\"2\""),
            List.of("approver-1"));
    return new GateState(
        "MOB",
        0,
        Optional.of(open),
        List.of(new GateEvent(GateEvent.Kind.REQUESTED, 0, "manager", AT, "please\nreview")));
  }

  private static GateState passed(GateState before) {
    List<GateEvent> history = new java.util.ArrayList<>(before.history());
    history.add(new GateEvent(GateEvent.Kind.APPROVED, 0, "approver-1", AT.plusSeconds(60), ""));
    history.add(new GateEvent(GateEvent.Kind.PASSED, 0, "approver-1", AT.plusSeconds(60), ""));
    return new GateState("MOB", 1, Optional.empty(), history);
  }

  @Test
  public void save_shouldStoreTheStateAndWriteThePhaseField_whenTheVersionMatches() {
    // given a request saved on a project without state, then the gate passed
    StoredGate first = target.save(new StoredGate(requested(), 0)).orElseThrow();
    assertThat(first.version()).isEqualTo(1);
    assertThat(target.find("MOB")).contains(first);
    assertThat(phases.phaseOf("MOB")).contains("Initiate");

    // when the decision is saved on version 1
    Optional<StoredGate> second = target.save(new StoredGate(passed(requested()), 1));

    // then the state, its full history and the "Lodestar phase" field show the next phase
    assertThat(second).contains(new StoredGate(passed(requested()), 2));
    assertThat(target.find("MOB")).isEqualTo(second);
    assertThat(ao.rows(GateEventEntity.class)).hasSize(3);
    assertThat(phases.phaseOf("MOB")).contains("Plan");
    assertThat(lockService.requested()).contains(ClusterWriteLocks.PREFIX + "std-gate.MOB");
  }

  @Test
  public void save_shouldRefuseAndWriteNothing_whenAConcurrentDecisionWon() {
    target.save(new StoredGate(requested(), 0));
    target.save(new StoredGate(passed(requested()), 1));

    // when a second decision based on version 1 arrives
    GateState rejected =
        new GateState(
            "MOB",
            0,
            Optional.empty(),
            List.of(
                requested().history().get(0),
                new GateEvent(GateEvent.Kind.REJECTED, 0, "approver-2", AT, "no")));
    Optional<StoredGate> late = target.save(new StoredGate(rejected, 1));

    // then it is refused and the first decision stays
    assertThat(late).isEmpty();
    assertThat(target.find("MOB").orElseThrow().state().phase()).isEqualTo(1);
    assertThat(ao.rows(GateEventEntity.class)).hasSize(3);
    assertThat(phases.phaseOf("MOB")).contains("Plan");
  }

  @Test
  public void save_shouldRefuse_whenAFirstSaveFindsAStoredState() {
    target.save(new StoredGate(requested(), 0));

    assertThat(target.save(new StoredGate(requested(), 0))).isEmpty();
  }

  @Test
  public void save_shouldRollBackStateHistoryAndPhase_whenAWriteFails() {
    target.save(new StoredGate(requested(), 0));
    ao.failOnWrite(3); // the state row and the first new event are written, then a failure

    assertThatThrownBy(() -> target.save(new StoredGate(passed(requested()), 1)))
        .isInstanceOf(RuntimeException.class);

    assertThat(target.find("MOB").orElseThrow().version()).isEqualTo(1);
    assertThat(ao.rows(GateEventEntity.class)).hasSize(1);
    assertThat(phases.phaseOf("MOB")).contains("Initiate");
  }

  @Test
  public void phaseOf_shouldBeEmpty_whenTheLifecycleIsComplete() {
    GateState done = new GateState("WEB", 4, Optional.empty(), List.of());

    target.save(new StoredGate(done, 0));

    assertThat(phases.phaseOf("WEB")).isEmpty();
    assertThat(target.find("WEB").orElseThrow().state().phase()).isEqualTo(4);
  }

  @Test
  public void settings_shouldBeTheStandard_untilReplaced_thenReadBack() {
    assertThat(target.settings()).isEqualTo(GateSettings.standard());
    GateConfig config =
        new GateConfig(
            List.of("Initiate", "Deliver"),
            List.of(
                new GateCriteria(
                    List.of("roles"),
                    List.of(new ChecklistItem("charter", "Charter \"signed\"")),
                    List.of(new RequiredDocument("plan", "Project plan"))),
                GateCriteria.NONE),
            2);

    Optional<GateSettings> stored =
        target.replaceSettings(new GateSettings(config, List.of("a1", "a2"), 0));

    assertThat(stored).contains(new GateSettings(config, List.of("a1", "a2"), 1));
    assertThat(target.settings()).isEqualTo(stored.orElseThrow());
    assertThat(target.replaceSettings(new GateSettings(config, List.of(), 0))).isEmpty();
  }

  @Test
  public void settings_shouldNameTheRow_whenTheStoredSettingsAreInvalid() {
    ao.insertRaw(
        GateSettingsEntity.class,
        Map.of(
            "SETTINGS",
            "{\"phases\":[],\"gates\":[],\"quorum\":1,\"approvers\":[]}",
            "VERSION",
            1L));

    assertThatThrownBy(() -> target.settings())
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("GATE_SETTINGS row");
  }
}
