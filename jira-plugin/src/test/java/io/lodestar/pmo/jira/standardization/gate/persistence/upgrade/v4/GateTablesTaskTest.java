package io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.PortfolioTablesTask;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.ProjectProfileEntityV2;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3.PortfolioStructureTask;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.standardization.gate.AoProjectPhases;
import io.lodestar.pmo.jira.standardization.gate.persistence.GatePhaseEntity;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Before;
import org.junit.Test;

/**
 * The upgrade from model version 3 (the portfolio structure, with a project profile written at
 * version 2) to version 4 (the phase table).
 */
public class GateTablesTaskTest {

  private InMemoryActiveObjects ao;
  private GateTablesTask target;
  private Map<Integer, Map<String, Object>> versionTwoProfiles;

  @Before
  public void setUp() {
    // a database at model version 3, with a project profile written at version 2
    ao = new InMemoryActiveObjects();
    new PortfolioTablesTask().upgrade(ModelVersion.valueOf("1"), ao);
    new PortfolioStructureTask().upgrade(ModelVersion.valueOf("2"), ao);
    ao.insertRaw(
        ProjectProfileEntityV2.class,
        Map.of("PROJECT_KEY", "MOB", "CURRENCY", "EUR", "PHASE", "EXECUTION", "VERSION", 2L));
    versionTwoProfiles = new HashMap<>();
    ao.rows(ProjectProfileEntityV2.class)
        .forEach((id, row) -> versionTwoProfiles.put(id, new HashMap<>(row)));
    ao.requireMigration();
    target = new GateTablesTask();
  }

  @Test
  public void getModelVersion_shouldBeFour_afterThePortfolioStructureThree() {
    assertThat(target.getModelVersion().isSame(ModelVersion.valueOf("4"))).isTrue();
    assertThat(target.getModelVersion().isNewerThan(new PortfolioStructureTask().getModelVersion()))
        .isTrue();
  }

  @Test
  public void upgrade_shouldLeaveEarlierRowsAsTheyWere_andAddAnEmptyPhaseTable() {
    target.upgrade(ModelVersion.valueOf("3"), ao);
    target.upgrade(ModelVersion.valueOf("3"), ao);

    Map<Integer, Map<String, Object>> after = new HashMap<>();
    ao.rows(ProjectProfileEntityV2.class).forEach((id, row) -> after.put(id, new HashMap<>(row)));
    assertThat(after).isEqualTo(versionTwoProfiles).hasSize(1);
    assertThat(ao.rows(GatePhaseEntityV4.class)).isEmpty();
  }

  @Test
  public void upgrade_shouldCreateTheTableTheLiveEntityAndTheFieldRead() {
    target.upgrade(ModelVersion.valueOf("3"), ao);
    ao.migrate(GatePhaseEntity.class);
    ao.insertRaw(
        GatePhaseEntity.class,
        Map.of("PROJECT_KEY", "MOB", "PHASE_NAME", "Execute", "PHASE_INDEX", 2, "VERSION", 1L));

    AoProjectPhases phases = new AoProjectPhases(ao);

    assertThat(phases.phaseOf("MOB")).contains("Execute");
    assertThat(phases.phaseOf("WEB")).isEmpty();
    assertThat(phases.phaseOf(null)).isEmpty();
  }

  @Test
  public void frozenEntity_shouldMapTheSameTableAndColumnsAsTheLiveOne() {
    assertThat(columns(GatePhaseEntityV4.class)).isEqualTo(columns(GatePhaseEntity.class));
    assertThat(GatePhaseEntityV4.class.getAnnotation(net.java.ao.schema.Table.class).value())
        .isEqualTo(GatePhaseEntity.TABLE);
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
