package io.lodestar.pmo.jira.training.persistence.upgrade.v5;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.PortfolioTablesTask;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.ProjectProfileEntityV2;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3.PortfolioStructureTask;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4.GatePhaseEntityV4;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4.GateTablesTask;
import io.lodestar.pmo.jira.training.persistence.AoTrainingStore;
import io.lodestar.pmo.jira.training.persistence.CertTypeEntity;
import io.lodestar.pmo.jira.training.persistence.CourseEntity;
import io.lodestar.pmo.jira.training.persistence.CourseGrantEntity;
import io.lodestar.pmo.jira.training.persistence.CourseSessionEntity;
import io.lodestar.pmo.jira.training.persistence.EnrolmentEntity;
import io.lodestar.pmo.jira.training.persistence.PersonCertEntity;
import io.lodestar.pmo.jira.training.persistence.PersonSkillEntity;
import io.lodestar.pmo.jira.training.persistence.ReminderSentEntity;
import io.lodestar.pmo.jira.training.persistence.RequirementEntity;
import io.lodestar.pmo.jira.training.persistence.SkillEntity;
import io.lodestar.pmo.jira.training.persistence.TrainingPersonEntity;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.RawEntity;
import net.java.ao.schema.Table;
import org.junit.Before;
import org.junit.Test;

/**
 * The upgrade from model version 4 (the phase table, with a project profile written at version 2
 * and a phase at version 4) to version 5 (the training tables).
 */
public class TrainingTablesTaskTest {

  /** Live entity, frozen copy. */
  private static final List<Class<?>[]> PAIRS =
      List.of(
          new Class<?>[] {SkillEntity.class, SkillEntityV5.class},
          new Class<?>[] {CertTypeEntity.class, CertTypeEntityV5.class},
          new Class<?>[] {TrainingPersonEntity.class, TrainingPersonEntityV5.class},
          new Class<?>[] {PersonSkillEntity.class, PersonSkillEntityV5.class},
          new Class<?>[] {PersonCertEntity.class, PersonCertEntityV5.class},
          new Class<?>[] {RequirementEntity.class, RequirementEntityV5.class},
          new Class<?>[] {CourseEntity.class, CourseEntityV5.class},
          new Class<?>[] {CourseGrantEntity.class, CourseGrantEntityV5.class},
          new Class<?>[] {CourseSessionEntity.class, CourseSessionEntityV5.class},
          new Class<?>[] {EnrolmentEntity.class, EnrolmentEntityV5.class},
          new Class<?>[] {ReminderSentEntity.class, ReminderSentEntityV5.class});

  private InMemoryActiveObjects ao;
  private TrainingTablesTask target;
  private Map<Integer, Map<String, Object>> versionTwoProfiles;
  private Map<Integer, Map<String, Object>> versionFourPhases;

  @Before
  public void setUp() {
    // a database at model version 4, with a project profile (version 2) and a phase (version 4)
    ao = new InMemoryActiveObjects();
    new PortfolioTablesTask().upgrade(ModelVersion.valueOf("1"), ao);
    new PortfolioStructureTask().upgrade(ModelVersion.valueOf("2"), ao);
    new GateTablesTask().upgrade(ModelVersion.valueOf("3"), ao);
    ao.insertRaw(
        ProjectProfileEntityV2.class,
        Map.of("PROJECT_KEY", "MOB", "CURRENCY", "EUR", "PHASE", "EXECUTION", "VERSION", 2L));
    ao.insertRaw(
        GatePhaseEntityV4.class,
        Map.of("PROJECT_KEY", "MOB", "PHASE_NAME", "Execute", "PHASE_INDEX", 2, "VERSION", 1L));
    versionTwoProfiles = copy(ProjectProfileEntityV2.class);
    versionFourPhases = copy(GatePhaseEntityV4.class);
    ao.requireMigration();
    target = new TrainingTablesTask();
  }

  private Map<Integer, Map<String, Object>> copy(Class<? extends RawEntity<?>> type) {
    Map<Integer, Map<String, Object>> rows = new HashMap<>();
    ao.rows(type).forEach((id, row) -> rows.put(id, new HashMap<>(row)));
    return rows;
  }

  @Test
  public void getModelVersion_shouldBeFive_afterTheGateTablesFour() {
    assertThat(target.getModelVersion().isSame(ModelVersion.valueOf("5"))).isTrue();
    assertThat(target.getModelVersion().isNewerThan(new GateTablesTask().getModelVersion()))
        .isTrue();
  }

  @Test
  public void upgrade_shouldLeaveEarlierRowsAsTheyWere_andAddEmptyTrainingTables() {
    target.upgrade(ModelVersion.valueOf("4"), ao);
    target.upgrade(ModelVersion.valueOf("4"), ao);

    assertThat(copy(ProjectProfileEntityV2.class)).isEqualTo(versionTwoProfiles).hasSize(1);
    assertThat(copy(GatePhaseEntityV4.class)).isEqualTo(versionFourPhases).hasSize(1);
    assertThat(ao.rows(SkillEntityV5.class)).isEmpty();
    assertThat(ao.rows(PersonCertEntityV5.class)).isEmpty();
    assertThat(ao.rows(ReminderSentEntityV5.class)).isEmpty();
  }

  @Test
  public void upgrade_shouldCreateEveryTableTheStoreUses() {
    target.upgrade(ModelVersion.valueOf("4"), ao);
    for (Class<?>[] pair : PAIRS) {
      @SuppressWarnings("unchecked")
      Class<? extends RawEntity<?>> live = (Class<? extends RawEntity<?>>) pair[0];
      ao.migrate(live); // what AO does with the descriptor's entities after the upgrade
    }
    AoTransactions transactions = new AoTransactions(ao);
    AoTrainingStore store =
        new AoTrainingStore(
            ao,
            transactions,
            new ClusterWriteLocks(new InMemoryClusterLockService(), transactions));

    store.addRequirement(
        new Requirement(Requirement.Scope.PROJECT, "MOB", new Need.CertificationNeed("pmp")));

    assertThat(store.requirements()).hasSize(1);
    assertThat(store.skills()).isEmpty();
    assertThat(store.courses()).isEmpty();
    assertThat(store.sessions()).isEmpty();
    assertThat(store.teams()).isEmpty();
    assertThat(store.held(List.of("alice")).get("alice").certifications()).isEmpty();
  }

  @Test
  public void store_shouldFail_whenTheTablesWereNotMigrated() {
    // the fake refuses use of an entity that was not migrated: without the task, the store fails
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ao.find(SkillEntity.class))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not migrated");
  }

  @Test
  public void frozenEntities_shouldMapTheSameTablesAndColumnsAsTheLiveOnes() {
    for (Class<?>[] pair : PAIRS) {
      assertThat(columns(pair[1])).as(pair[1].getSimpleName()).isEqualTo(columns(pair[0]));
      assertThat(pair[1].getAnnotation(Table.class).value())
          .isEqualTo(pair[0].getAnnotation(Table.class).value());
    }
  }

  @Test
  public void names_shouldStayWithinAosThirtyCharacters() {
    List<String> problems = new ArrayList<>();
    for (Class<?>[] pair : PAIRS) {
      String table = "AO_4669AB_" + pair[0].getAnnotation(Table.class).value();
      if (table.length() > 30) {
        problems.add(table);
      }
      for (Method m : pair[0].getDeclaredMethods()) {
        String name = m.getName();
        if (name.startsWith("get") || name.startsWith("is")) {
          String column =
              name.substring(name.startsWith("get") ? 3 : 2)
                  .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
                  .toUpperCase(Locale.ROOT);
          if (column.length() > 30 || Set.of("LEVEL", "NUMBER", "DATE", "SIZE").contains(column)) {
            problems.add(table + "." + column);
          }
        }
      }
    }
    assertThat(problems).isEmpty();
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
