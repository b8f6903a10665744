package io.lodestar.pmo.jira.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.security.PmoAdminGroupService;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class PmoAdminGroupServiceOnAoTest {

  private static final Instant NOW = Instant.parse("2026-11-26T09:00:00Z");

  private InMemoryActiveObjects ao;
  private AoAuditLog auditLog;
  private InMemoryClusterLockService lockService;
  private PmoAdminGroupService target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    auditLog = new AoAuditLog(ao);
    lockService = new InMemoryClusterLockService();
    AoTransactions transactions = new AoTransactions(ao);
    target =
        new PmoAdminGroupService(
            new AoSettingRows(
                ao,
                transactions,
                new ClusterWriteLocks(lockService, transactions, Duration.ofSeconds(5))),
            auditLog,
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  public void pmoAdminGroup_shouldBeEmpty_whenNeverSet() {
    assertThat(target.pmoAdminGroup()).isEmpty();
    assertThat(target.current()).isEqualTo(Versioned.of(Optional.empty(), 0));
  }

  @Test
  public void update_shouldStoreTheGroupAtVersionOne_whenSetForTheFirstTime() {
    Outcome<Versioned<Optional<String>>> result = target.update(" pmo-admins ", 0, "u1");

    assertThat(result).isEqualTo(Outcome.ok(Versioned.of(Optional.of("pmo-admins"), 1)));
    assertThat(target.pmoAdminGroup()).contains("pmo-admins");
  }

  @Test
  public void update_shouldIncrementTheVersion_whenTheExpectedVersionIsCurrent() {
    target.update("pmo-admins", 0, "u1");

    Outcome<Versioned<Optional<String>>> result = target.update("portfolio-office", 1, "u1");

    assertThat(result).isEqualTo(Outcome.ok(Versioned.of(Optional.of("portfolio-office"), 2)));
    assertThat(target.current()).isEqualTo(Versioned.of(Optional.of("portfolio-office"), 2));
  }

  @Test
  public void update_shouldReportAConflictAndChangeNothing_whenTheVersionIsStale() {
    target.update("pmo-admins", 0, "u1");
    target.update("portfolio-office", 1, "u1");

    Outcome<Versioned<Optional<String>>> result = target.update("someone-else", 1, "u2");

    assertThat(result).isEqualTo(Outcome.conflict(1, 2));
    assertThat(target.pmoAdminGroup()).contains("portfolio-office");
    assertThat(auditLog.count()).isEqualTo(2);
  }

  @Test
  public void update_shouldClearTheGroup_whenBlank() {
    target.update("pmo-admins", 0, "u1");

    target.update("  ", 1, "u1");

    assertThat(target.current()).isEqualTo(Versioned.of(Optional.empty(), 2));
  }

  @Test
  public void update_shouldRefuseAndChangeNothing_whenTheGroupNameIsTooLong() {
    Outcome<Versioned<Optional<String>>> result = target.update("g".repeat(256), 0, "u1");

    assertThat(result)
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    PmoAdminGroupService.FIELD_GROUP, PmoAdminGroupService.ERROR_TOO_LONG, 255)));
    assertThat(ao.rows(SettingEntity.class)).isEmpty();
    assertThat(auditLog.count()).isZero();
  }

  @Test
  public void update_shouldAuditTheChangeWithBeforeAndAfter() {
    target.update("pmo-admins", 0, "u1");

    target.update("portfolio-office", 1, "u2");

    assertThat(auditLog.page(0, 1))
        .containsExactly(
            new AuditEntry(
                "u2",
                PmoAdminGroupService.AUDIT_ACTION,
                PmoAdminGroupService.AUDIT_TARGET_TYPE,
                PmoAdminGroupService.KEY,
                "pmo-admins",
                "portfolio-office",
                NOW));
  }

  @Test
  public void update_shouldLeaveNoChange_whenTheAuditWriteFails() {
    target.update("pmo-admins", 0, "u1");
    ao.failOnWrite(2);

    try {
      target.update("portfolio-office", 1, "u2");
    } catch (IllegalStateException expected) {
      // the simulated database failure
    }

    assertThat(target.current()).isEqualTo(Versioned.of(Optional.of("pmo-admins"), 1));
  }

  @Test
  public void update_shouldLetExactlyOneAdminWin_whenTwoRaceWithTheSameVersion() throws Exception {
    target.update("pmo-admins", 0, "u1");
    String lock = "lodestar.internal.lock.setting.pmo-admin-group";

    List<Outcome<Versioned<Optional<String>>>> results =
        Races.race(
            ao,
            () -> lockService.hasWaiters(lock),
            () -> target.update("portfolio-office", 1, "u2"),
            () -> target.update("someone-else", 1, "u3"));

    assertThat(results.get(0))
        .isEqualTo(Outcome.ok(Versioned.of(Optional.of("portfolio-office"), 2)));
    assertThat(results.get(1)).isEqualTo(Outcome.conflict(1, 2));
    assertThat(target.current()).isEqualTo(Versioned.of(Optional.of("portfolio-office"), 2));
    assertThat(auditLog.count()).isEqualTo(2);
  }

  @Test
  public void update_shouldLetExactlyOneAdminWin_whenTwoSetTheGroupForTheFirstTime()
      throws Exception {
    String lock = "lodestar.internal.lock.setting.pmo-admin-group";

    List<Outcome<Versioned<Optional<String>>>> results =
        Races.race(
            ao,
            () -> lockService.hasWaiters(lock),
            () -> target.update("pmo-admins", 0, "u1"),
            () -> target.update("portfolio-office", 0, "u2"));

    assertThat(results.get(1)).isEqualTo(Outcome.conflict(0, 1));
    assertThat(ao.rows(SettingEntity.class)).hasSize(1);
    assertThat(auditLog.count()).isEqualTo(1);
  }

  @Test
  public void update_shouldReleaseTheLock_whenTheAuditWriteFails() {
    target.update("pmo-admins", 0, "u1");
    ao.failOnWrite(2);

    try {
      target.update("portfolio-office", 1, "u2");
    } catch (IllegalStateException expected) {
      // the simulated database failure
    }

    assertThat(lockService.isLocked("lodestar.internal.lock.setting.pmo-admin-group")).isFalse();
  }
}
