package io.lodestar.pmo.jira.capacity.persistence.upgrade.v6;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.app.capacity.port.CapacityStore.AbsenceDraft;
import io.lodestar.pmo.engine.capacity.AbsenceKind;
import io.lodestar.pmo.jira.capacity.persistence.AoCapacityStore;
import io.lodestar.pmo.jira.capacity.persistence.CapAbsenceEntity;
import io.lodestar.pmo.jira.capacity.persistence.CapAllocationEntity;
import io.lodestar.pmo.jira.capacity.persistence.CapAvailabilityEntity;
import io.lodestar.pmo.jira.capacity.persistence.CapHolidayEntity;
import io.lodestar.pmo.jira.capacity.persistence.CapLocationEntity;
import io.lodestar.pmo.jira.capacity.persistence.CapPersonEntity;
import io.lodestar.pmo.jira.capacity.persistence.CapTeamEntity;
import io.lodestar.pmo.jira.capacity.persistence.CapTeamMemberEntity;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.PortfolioTablesTask;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.ProjectProfileEntityV2;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3.PortfolioStructureTask;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4.GatePhaseEntityV4;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4.GateTablesTask;
import io.lodestar.pmo.jira.training.persistence.upgrade.v5.TrainingTablesTask;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.schema.Table;
import org.junit.Before;
import org.junit.Test;

/**
 * The upgrade from model version 5 (portfolio tables with a version-2 project profile, a version-4
 * gate phase row and the version-5 training tables) to version 6 (the capacity tables).
 */
public class CapacityTablesTaskTest {

  private static final List<Class<?>[]> PAIRS =
      List.of(
          new Class<?>[] {CapLocationEntityV6.class, CapLocationEntity.class},
          new Class<?>[] {CapHolidayEntityV6.class, CapHolidayEntity.class},
          new Class<?>[] {CapPersonEntityV6.class, CapPersonEntity.class},
          new Class<?>[] {CapAvailabilityEntityV6.class, CapAvailabilityEntity.class},
          new Class<?>[] {CapAbsenceEntityV6.class, CapAbsenceEntity.class},
          new Class<?>[] {CapTeamEntityV6.class, CapTeamEntity.class},
          new Class<?>[] {CapTeamMemberEntityV6.class, CapTeamMemberEntity.class},
          new Class<?>[] {CapAllocationEntityV6.class, CapAllocationEntity.class});

  private InMemoryActiveObjects ao;
  private CapacityTablesTask target;
  private Map<Integer, Map<String, Object>> profilesBefore;
  private Map<Integer, Map<String, Object>> phasesBefore;

  @Before
  public void setUp() {
    // a database at model version 5
    ao = new InMemoryActiveObjects();
    new PortfolioTablesTask().upgrade(ModelVersion.valueOf("1"), ao);
    new PortfolioStructureTask().upgrade(ModelVersion.valueOf("2"), ao);
    new GateTablesTask().upgrade(ModelVersion.valueOf("3"), ao);
    new TrainingTablesTask().upgrade(ModelVersion.valueOf("4"), ao);
    ao.insertRaw(
        ProjectProfileEntityV2.class,
        Map.of("PROJECT_KEY", "MOB", "CURRENCY", "EUR", "PHASE", "EXECUTION", "VERSION", 2L));
    ao.insertRaw(
        GatePhaseEntityV4.class,
        Map.of("PROJECT_KEY", "MOB", "PHASE_NAME", "Execute", "PHASE_INDEX", 2, "VERSION", 1L));
    profilesBefore = copy(ao.rows(ProjectProfileEntityV2.class));
    phasesBefore = copy(ao.rows(GatePhaseEntityV4.class));
    ao.requireMigration();
    target = new CapacityTablesTask();
  }

  private static Map<Integer, Map<String, Object>> copy(Map<Integer, Map<String, Object>> rows) {
    Map<Integer, Map<String, Object>> copy = new HashMap<>();
    rows.forEach((id, row) -> copy.put(id, new HashMap<>(row)));
    return copy;
  }

  @Test
  public void getModelVersion_shouldBeSix_afterTheTrainingTablesFive() {
    assertThat(target.getModelVersion().isSame(ModelVersion.valueOf("6"))).isTrue();
    assertThat(target.getModelVersion().isNewerThan(new TrainingTablesTask().getModelVersion()))
        .isTrue();
  }

  @Test
  public void upgrade_shouldLeaveEarlierRowsAsTheyWere_andAddEmptyCapacityTables() {
    target.upgrade(ModelVersion.valueOf("5"), ao);
    target.upgrade(ModelVersion.valueOf("5"), ao);

    assertThat(copy(ao.rows(ProjectProfileEntityV2.class))).isEqualTo(profilesBefore).hasSize(1);
    assertThat(copy(ao.rows(GatePhaseEntityV4.class))).isEqualTo(phasesBefore).hasSize(1);
    for (Class<?>[] pair : PAIRS) {
      @SuppressWarnings("unchecked")
      var frozen = (Class<? extends net.java.ao.RawEntity<?>>) pair[0];
      assertThat(ao.rows(frozen)).isEmpty();
    }
  }

  @Test
  public void upgrade_shouldLetTheLiveStoreWriteAndReadAbsences() {
    target.upgrade(ModelVersion.valueOf("5"), ao);
    ao.migrate(CapAbsenceEntity.class, CapPersonEntity.class, CapAvailabilityEntity.class);
    AoTransactions transactions = new AoTransactions(ao);
    AoCapacityStore store =
        new AoCapacityStore(
            ao,
            transactions,
            new ClusterWriteLocks(new InMemoryClusterLockService(), transactions));
    LocalDate day = LocalDate.of(2026, 12, 7);

    var added =
        store.addAbsence(
            "alice", new AbsenceDraft(day, day, AbsenceKind.SICK, Optional.empty(), ""));

    assertThat(store.absences("alice", day, day)).containsExactly(added);
    assertThat(ao.rows(CapAbsenceEntityV6.class)).hasSize(1);
  }

  @Test
  public void frozenEntities_shouldMapTheSameTablesAndColumnsAsTheLiveOnes() {
    for (Class<?>[] pair : PAIRS) {
      assertThat(columns(pair[0])).as(pair[0].getSimpleName()).isEqualTo(columns(pair[1]));
      assertThat(pair[0].getAnnotation(Table.class).value())
          .isEqualTo(pair[1].getAnnotation(Table.class).value());
    }
  }

  private static Set<String> columns(Class<?> entity) {
    Set<String> columns = new TreeSet<>();
    for (Method m : entity.getDeclaredMethods()) {
      if (m.getName().startsWith("get")) {
        StringBuilder c =
            new StringBuilder(m.getName()).append(':').append(m.getReturnType().getSimpleName());
        for (var a : m.getAnnotations()) {
          c.append(' ').append(a.toString());
        }
        columns.add(c.toString());
      }
    }
    return columns;
  }
}
