package io.lodestar.pmo.sandbox.standardization.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.standardization.gate.GateSettings;
import io.lodestar.pmo.app.standardization.gate.StoredGate;
import io.lodestar.pmo.engine.standardization.gate.GateActor;
import io.lodestar.pmo.engine.standardization.gate.GateState;
import io.lodestar.pmo.engine.standardization.gate.StageGates;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gate tables: settings round trip, state and history round trip, stale saves refused. */
class SqlGateStoreTest {

  private static final Instant T1 = Instant.parse("2026-01-05T09:00:00Z");
  private static final GateActor PM = new GateActor("manager", true, false);
  private static final GateActor PMO = new GateActor("pmo", false, true);

  @TempDir Path dataDirectory;
  private SandboxStore store;
  private SqlGateStore target;

  @BeforeEach
  void open() {
    store = SandboxStore.open(dataDirectory);
    target = new SqlGateStore(store);
    target.replaceSettings(new GateSettings(DemoStageGates.config(), DemoStageGates.APPROVERS, 0));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void settings_shouldReadBackWhatWasReplaced() {
    GateSettings read = target.settings();

    assertThat(read.config()).isEqualTo(DemoStageGates.config());
    assertThat(read.approverKeys()).containsExactly("pmo", "admin");
    assertThat(read.version()).isEqualTo(2); // V10 seeds version 1
  }

  @Test
  void save_shouldKeepTheOpenRequestAndTheHistory_andRefuseAStaleVersion() {
    // given a requested and once-approved gate
    StageGates gates = new StageGates(DemoStageGates.config());
    GateState requested =
        gates
            .request(
                GateState.start("MOBA"),
                PM,
                Set.of("kickoff", "sponsor"),
                Map.of("charter", "https://wiki.example.com/c"),
                Optional.empty(),
                Set.of("pmo", "admin"),
                T1)
            .orElseThrow();
    StoredGate first = target.save(new StoredGate(requested, 0)).orElseThrow();
    GateState approved = gates.approve(requested, PMO, "fine", T1.plusSeconds(60)).orElseThrow();

    // when it is saved at the version read, then again at the same (now stale) version
    StoredGate second = target.save(new StoredGate(approved, first.version())).orElseThrow();
    Optional<StoredGate> stale = target.save(new StoredGate(approved, first.version()));

    // then the second wins, the stale one is refused, and what is read back equals the state
    assertThat(second.version()).isEqualTo(2);
    assertThat(stale).isEmpty();
    assertThat(target.save(new StoredGate(requested, 0))).isEmpty();
    StoredGate read = target.find("MOBA").orElseThrow();
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.state()).isEqualTo(approved);
    assertThat(read.state().history()).hasSize(2);
  }
}
