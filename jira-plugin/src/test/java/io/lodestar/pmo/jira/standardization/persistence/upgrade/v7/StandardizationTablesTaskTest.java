package io.lodestar.pmo.jira.standardization.persistence.upgrade.v7;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.jira.capacity.persistence.upgrade.v6.CapacityTablesTask;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.PortfolioTablesTask;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.ProjectProfileEntityV2;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3.PortfolioStructureTask;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.standardization.gate.AoProjectPhases;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateEventEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateSettingsEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.GateStateEntity;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4.GatePhaseEntityV4;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4.GateTablesTask;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v7.GateEventEntityV7;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v7.GateSettingsEntityV7;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v7.GateStateEntityV7;
import io.lodestar.pmo.jira.standardization.persistence.AoAssignments;
import io.lodestar.pmo.jira.standardization.persistence.AssignmentEntity;
import io.lodestar.pmo.jira.standardization.persistence.ScanEntity;
import io.lodestar.pmo.jira.standardization.persistence.ScanResultEntity;
import io.lodestar.pmo.jira.standardization.persistence.TemplateVersionEntity;
import io.lodestar.pmo.jira.training.persistence.upgrade.v5.TrainingTablesTask;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.schema.Table;
import org.junit.Before;
import org.junit.Test;

/**
 * The upgrade from model version 6 (the phase table, with a phase and a version-2 project profile
 * written, and the training and capacity tables of versions 5 and 6) to version 7 (the
 * standardization tables).
 */
public class StandardizationTablesTaskTest {

  private InMemoryActiveObjects ao;
  private StandardizationTablesTask target;
  private Map<Integer, Map<String, Object>> profilesBefore;
  private Map<Integer, Map<String, Object>> phasesBefore;

  @Before
  public void setUp() {
    // a database at model version 6, with rows written at versions 2 and 4
    ao = new InMemoryActiveObjects();
    new PortfolioTablesTask().upgrade(ModelVersion.valueOf("1"), ao);
    new PortfolioStructureTask().upgrade(ModelVersion.valueOf("2"), ao);
    new GateTablesTask().upgrade(ModelVersion.valueOf("3"), ao);
    new TrainingTablesTask().upgrade(ModelVersion.valueOf("4"), ao);
    new CapacityTablesTask().upgrade(ModelVersion.valueOf("5"), ao);
    ao.insertRaw(
        ProjectProfileEntityV2.class,
        Map.of("PROJECT_KEY", "MOB", "CURRENCY", "EUR", "PHASE", "EXECUTION", "VERSION", 2L));
    ao.insertRaw(
        GatePhaseEntityV4.class,
        Map.of("PROJECT_KEY", "MOB", "PHASE_NAME", "Execute", "PHASE_INDEX", 2, "VERSION", 1L));
    profilesBefore = copy(ao.rows(ProjectProfileEntityV2.class));
    phasesBefore = copy(ao.rows(GatePhaseEntityV4.class));
    ao.requireMigration();
    target = new StandardizationTablesTask();
  }

  @Test
  public void getModelVersion_shouldBeSeven_afterTheCapacityTablesSix() {
    assertThat(target.getModelVersion().isSame(ModelVersion.valueOf("7"))).isTrue();
    assertThat(target.getModelVersion().isNewerThan(new CapacityTablesTask().getModelVersion()))
        .isTrue();
  }

  @Test
  public void upgrade_shouldLeaveEarlierRowsAsTheyWere_andAddEmptyTables_whenRunTwice() {
    target.upgrade(ModelVersion.valueOf("6"), ao);
    target.upgrade(ModelVersion.valueOf("6"), ao);

    assertThat(copy(ao.rows(ProjectProfileEntityV2.class))).isEqualTo(profilesBefore).hasSize(1);
    assertThat(copy(ao.rows(GatePhaseEntityV4.class))).isEqualTo(phasesBefore).hasSize(1);
    assertThat(ao.rows(TemplateVersionEntityV7.class)).isEmpty();
    assertThat(ao.rows(AssignmentEntityV7.class)).isEmpty();
    assertThat(ao.rows(ScanEntityV7.class)).isEmpty();
    assertThat(ao.rows(ScanResultEntityV7.class)).isEmpty();
    assertThat(ao.rows(GateStateEntityV7.class)).isEmpty();
    assertThat(ao.rows(GateEventEntityV7.class)).isEmpty();
    assertThat(ao.rows(GateSettingsEntityV7.class)).isEmpty();
  }

  @Test
  public void upgrade_shouldCreateTablesTheLiveStoresUse_besideThePhases() {
    // given the upgrade, then the live entities migrated (as AO does after the last task)
    target.upgrade(ModelVersion.valueOf("6"), ao);
    ao.migrate(
        TemplateVersionEntity.class,
        AssignmentEntity.class,
        ScanEntity.class,
        ScanResultEntity.class,
        GateStateEntity.class,
        GateEventEntity.class,
        GateSettingsEntity.class,
        io.lodestar.pmo.jira.standardization.gate.persistence.GatePhaseEntity.class);
    AoTransactions tx = new AoTransactions(ao);
    AoAssignments assignments =
        new AoAssignments(ao, tx, new ClusterWriteLocks(new InMemoryClusterLockService(), tx));

    // when a project is assigned
    assignments.save(new TemplateAssignment("MOB", "delivery", 1));

    // then it reads back, and the phase written at version 4 still shows
    assertThat(assignments.all()).containsExactly(new TemplateAssignment("MOB", "delivery", 1));
    assertThat(new AoProjectPhases(ao).phaseOf("MOB")).contains("Execute");
  }

  @Test
  public void frozenEntities_shouldMapTheSameTablesAndColumnsAsTheLiveOnes() {
    Map<Class<?>, Class<?>> frozenToLive =
        Map.of(
            TemplateVersionEntityV7.class, TemplateVersionEntity.class,
            AssignmentEntityV7.class, AssignmentEntity.class,
            ScanEntityV7.class, ScanEntity.class,
            ScanResultEntityV7.class, ScanResultEntity.class,
            GateStateEntityV7.class, GateStateEntity.class,
            GateEventEntityV7.class, GateEventEntity.class,
            GateSettingsEntityV7.class, GateSettingsEntity.class);
    frozenToLive.forEach(
        (frozen, live) -> {
          assertThat(columns(frozen)).as(frozen.getSimpleName()).isEqualTo(columns(live));
          assertThat(frozen.getAnnotation(Table.class).value())
              .isEqualTo(live.getAnnotation(Table.class).value());
        });
  }

  @Test
  public void tableNames_shouldFitTheThirtyCharacterLimit_withThePrefix() {
    for (Class<?> e :
        List.of(
            TemplateVersionEntityV7.class,
            AssignmentEntityV7.class,
            ScanEntityV7.class,
            ScanResultEntityV7.class,
            GateStateEntityV7.class,
            GateEventEntityV7.class,
            GateSettingsEntityV7.class)) {
      assertThat(("AO_4669AB_" + e.getAnnotation(Table.class).value()).length())
          .as(e.getSimpleName())
          .isLessThanOrEqualTo(30);
    }
  }

  private static Map<Integer, Map<String, Object>> copy(Map<Integer, Map<String, Object>> rows) {
    Map<Integer, Map<String, Object>> out = new HashMap<>();
    rows.forEach((id, row) -> out.put(id, new HashMap<>(row)));
    return out;
  }

  private static Set<String> columns(Class<?> entity) {
    Set<String> columns = new TreeSet<>();
    for (Method m : entity.getDeclaredMethods()) {
      if (m.getName().startsWith("get") || m.getName().startsWith("is")) {
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
