package io.lodestar.pmo.jira.portfolio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.portfolio.port.StoredOverride;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.shared.persistence.Races;
import io.lodestar.pmo.jira.shared.persistence.WriteLockUnavailableException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.Before;
import org.junit.Test;

public class AoHealthOverridesTest {

  private static final Instant NOW = Instant.parse("2026-12-03T10:15:30Z");

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private AoTransactions transactions;
  private AoHealthOverrides target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(HealthOverrideEntity.class);
    lockService = new InMemoryClusterLockService();
    transactions = new AoTransactions(ao);
    target = store(Duration.ofSeconds(5));
  }

  private AoHealthOverrides store(Duration wait) {
    return new AoHealthOverrides(
        ao, transactions, new ClusterWriteLocks(lockService, transactions, wait));
  }

  private static HealthOverride override(Rag rag, String reason) {
    return new HealthOverride(rag, reason, LocalDate.of(2026, 12, 31), "pmo-lead", NOW);
  }

  @Test
  public void current_shouldBeTheLatestOverrideOfEachTarget() {
    target.add("PROJECT", "MOB", override(Rag.AMBER, "vendor late"));
    StoredOverride latest = target.add("PROJECT", "MOB", override(Rag.RED, "vendor gone"));
    StoredOverride web = target.add("PROJECT", "WEB", override(Rag.GREEN, "recovered"));
    target.add("PROGRAM", "MOB", override(Rag.AMBER, "another kind, same key"));

    Map<String, StoredOverride> current = target.current("PROJECT", List.of("MOB", "WEB", "API"));

    assertThat(current).containsOnlyKeys("MOB", "WEB");
    assertThat(current.get("MOB")).isEqualTo(latest);
    assertThat(current.get("MOB").override()).isEqualTo(override(Rag.RED, "vendor gone"));
    assertThat(current.get("WEB")).isEqualTo(web);
  }

  @Test
  public void clear_shouldReturnTheClearedOne_keepTheHistory_andLeaveNoCurrent() {
    StoredOverride added = target.add("PORTFOLIO", "DIGITAL", override(Rag.RED, "budget cut"));

    Optional<StoredOverride> cleared =
        target.clear("PORTFOLIO", "DIGITAL", "admin", NOW.plusSeconds(60));

    assertThat(cleared).contains(added);
    assertThat(target.current("PORTFOLIO", List.of("DIGITAL"))).isEmpty();
    assertThat(ao.rows(HealthOverrideEntity.class).values())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.get("CLEARED_BY")).isEqualTo("admin");
              assertThat(r.get("CLEARED_AT")).isEqualTo("2026-12-03T10:16:30Z");
            });
    assertThat(target.clear("PORTFOLIO", "DIGITAL", "admin", NOW)).isEmpty();
  }

  @Test
  public void add_shouldFailAndStoreNothing_whenTheTargetsLockIsHeldElsewhere() throws Exception {
    String lock = "lodestar.internal.lock." + AoHealthOverrides.lockSuffix("PROJECT", "MOB");
    Thread otherNode = Races.holdLock(lockService, lock);
    try {
      assertThatThrownBy(
              () ->
                  store(Duration.ofMillis(50)).add("PROJECT", "MOB", override(Rag.RED, "blocked")))
          .isInstanceOf(WriteLockUnavailableException.class);
    } finally {
      otherNode.interrupt();
      otherNode.join();
    }
    assertThat(ao.rows(HealthOverrideEntity.class)).isEmpty();
  }

  @Test
  public void lockSuffix_shouldBeSimpleAscii_forAnyKey() {
    assertThat(AoHealthOverrides.lockSuffix("PROJECT", "Ünïcode key/π"))
        .matches("[A-Za-z0-9_.-]{1,200}");
    assertThat(AoHealthOverrides.lockSuffix("PROJECT", "A"))
        .isNotEqualTo(AoHealthOverrides.lockSuffix("PROGRAM", "A"));
  }

  @Test
  public void current_shouldRefuseMoreThan500Targets_andReportAnUnreadableRow() {
    assertThatThrownBy(
            () ->
                target.current(
                    "PROJECT",
                    java.util.stream.IntStream.range(0, 501).mapToObj(i -> "P" + i).toList()))
        .isInstanceOf(IllegalArgumentException.class);
    ao.insertRaw(
        HealthOverrideEntity.class,
        Map.of(
            "TARGET_KIND", "PROJECT",
            "TARGET_KEY", "BAD",
            "RAG", "PURPLE",
            "REASON", "x",
            "EXPIRES_ON", "2026-12-31",
            "SET_BY", "u",
            "SET_AT", NOW.toString()));
    assertThatThrownBy(() -> target.current("PROJECT", List.of("BAD")))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("PURPLE");
  }
}
