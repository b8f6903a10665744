package io.lodestar.pmo.sandbox.shared.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.security.PmoAdminGroupService;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PmoAdminGroupServiceOnSqlTest {

  private static final Instant NOW = Instant.parse("2024-05-01T10:00:00Z");

  private final SandboxStore store = TestData.newStore();
  private final SqlAuditLog audit = new SqlAuditLog(store);
  private final PmoAdminGroupService target =
      new PmoAdminGroupService(new SqlSettingRows(store), audit, Clock.fixed(NOW, ZoneOffset.UTC));

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void current_shouldBeEmptyAtVersion0_whenNeverSet() {
    assertThat(target.current()).isEqualTo(Versioned.of(Optional.<String>empty(), 0));
  }

  @Test
  void update_shouldStoreTheGroupAndAuditTheChange() {
    Outcome<Versioned<Optional<String>>> result = target.update(" pmo-team ", 0, "admin");

    assertThat(result).isEqualTo(Outcome.ok(Versioned.of(Optional.of("pmo-team"), 1)));
    assertThat(target.pmoAdminGroup()).contains("pmo-team");
    assertThat(audit.page(0, 10))
        .containsExactly(
            new AuditEntry(
                "admin",
                "lodestar.admin.audit.pmo-admin-group.updated",
                "admin.setting",
                "pmo.adminGroup",
                null,
                "pmo-team",
                NOW));
  }

  @Test
  void update_shouldReportAConflictAndChangeNothing_whenTheVersionIsStale() {
    target.update("first", 0, "admin");

    Outcome<Versioned<Optional<String>>> result = target.update("second", 0, "admin");

    assertThat(result).isEqualTo(Outcome.conflict(0, 1));
    assertThat(target.pmoAdminGroup()).contains("first");
    assertThat(audit.count()).isEqualTo(1);
  }

  @Test
  void update_shouldRefuseAnOverlongGroupAndChangeNothing() {
    Outcome<Versioned<Optional<String>>> result = target.update("x".repeat(256), 0, "admin");

    assertThat(result).isInstanceOf(Outcome.Invalid.class);
    assertThat(target.current().version()).isZero();
    assertThat(audit.count()).isZero();
  }

  @Test
  void update_shouldChangeNothingAndAnswerTheStoredGroup_whenTheGroupIsUnchanged() {
    target.update("pmo-team", 0, "admin");

    Outcome<Versioned<Optional<String>>> result = target.update(" pmo-team", 1, "admin");

    assertThat(result).isEqualTo(Outcome.ok(Versioned.of(Optional.of("pmo-team"), 1)));
    assertThat(target.current().version()).isEqualTo(1);
    assertThat(audit.count()).isEqualTo(1);
  }

  @Test
  void update_shouldWriteNothing_whenClearingAGroupThatWasNeverSet() {
    Outcome<Versioned<Optional<String>>> result = target.update("", 0, "admin");

    assertThat(result).isEqualTo(Outcome.ok(Versioned.of(Optional.<String>empty(), 0)));
    assertThat(audit.count()).isZero();
  }
}
