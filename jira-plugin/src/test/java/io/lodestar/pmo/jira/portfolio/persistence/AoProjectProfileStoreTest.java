package io.lodestar.pmo.jira.portfolio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.shared.persistence.Races;
import io.lodestar.pmo.jira.shared.persistence.WriteLockUnavailableException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class AoProjectProfileStoreTest {

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private AoTransactions transactions;
  private AoProjectProfileStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(ProjectProfileEntity.class);
    lockService = new InMemoryClusterLockService();
    transactions = new AoTransactions(ao);
    target = store(Duration.ofSeconds(5));
  }

  private AoProjectProfileStore store(Duration wait) {
    return new AoProjectProfileStore(
        ao, transactions, new ClusterWriteLocks(lockService, transactions, wait));
  }

  private static ProjectProfile profile(String key, long version) {
    return new ProjectProfile(
        key,
        "sponsor",
        "manager",
        new BigDecimal("1250000.50"),
        "EUR",
        LocalDate.of(2026, 1, 5),
        LocalDate.of(2026, 12, 18),
        "EXECUTING",
        null,
        LocalDate.of(2026, 11, 30),
        version);
  }

  @Test
  public void save_shouldStoreVersionOne_andFindShouldReadItBackExactly() {
    StoreResult<ProjectProfile> result = target.save(profile("MOB", 0));

    assertThat(result).isEqualTo(StoreResult.stored(profile("MOB", 1)));
    assertThat(target.find("MOB")).contains(profile("MOB", 1));
    assertThat(ao.rows(ProjectProfileEntity.class).values())
        .singleElement()
        .satisfies(r -> assertThat(r.get("BUDGET")).isEqualTo("1250000.50"));
  }

  @Test
  public void save_shouldConflictAndChangeNothing_whenTheVersionIsStale() {
    target.save(profile("MOB", 0));
    target.save(profile("MOB", 1));

    assertThat(target.save(profile("MOB", 1))).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.save(profile("WEB", 3))).isEqualTo(StoreResult.conflict(3, 0));
    assertThat(target.find("MOB").orElseThrow().version()).isEqualTo(2);
    assertThat(target.find("WEB")).isEmpty();
  }

  @Test
  public void findAll_shouldReturnTheStoredOnes_andRefuseMoreThan500() {
    target.save(profile("MOB", 0));
    target.save(profile("WEB", 0));

    Map<String, ProjectProfile> found = target.findAll(List.of("MOB", "WEB", "API"));

    assertThat(found).containsOnlyKeys("MOB", "WEB");
    assertThatThrownBy(
            () ->
                target.findAll(
                    java.util.stream.IntStream.range(0, 501).mapToObj(i -> "P" + i).toList()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void save_shouldFailAndStoreNothing_whenTheLockIsHeldElsewhere() throws Exception {
    String lock = "lodestar.internal.lock." + AoProjectProfileStore.lockSuffix("MOB");
    Thread otherNode = Races.holdLock(lockService, lock);
    try {
      assertThatThrownBy(() -> store(Duration.ofMillis(50)).save(profile("MOB", 0)))
          .isInstanceOf(WriteLockUnavailableException.class);
    } finally {
      otherNode.interrupt();
      otherNode.join();
    }
    assertThat(ao.rows(ProjectProfileEntity.class)).isEmpty();
  }

  @Test
  public void find_shouldReportAnUnreadableRow() {
    ao.insertRaw(
        ProjectProfileEntity.class,
        Map.of(
            "PROJECT_KEY", "BAD",
            "CURRENCY", "EUR",
            "PHASE", "EXECUTING",
            "START_DATE", "tomorrow",
            "VERSION", 1L));

    assertThatThrownBy(() -> target.find("BAD"))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("tomorrow");
  }
}
