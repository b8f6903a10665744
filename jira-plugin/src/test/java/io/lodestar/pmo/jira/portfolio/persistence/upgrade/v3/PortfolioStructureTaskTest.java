package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.portfolio.persistence.AoHealthOverrides;
import io.lodestar.pmo.jira.portfolio.persistence.AoPortfolioStore;
import io.lodestar.pmo.jira.portfolio.persistence.HealthOverrideEntity;
import io.lodestar.pmo.jira.portfolio.persistence.ObjectiveEntity;
import io.lodestar.pmo.jira.portfolio.persistence.ObjectiveLinkEntity;
import io.lodestar.pmo.jira.portfolio.persistence.PortfolioNodeEntity;
import io.lodestar.pmo.jira.portfolio.persistence.PortfolioScopeEntity;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.PortfolioTablesTask;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.ProjectProfileEntityV2;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.SettingEntityV2;
import io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2.SnapshotEntityV2;
import io.lodestar.pmo.jira.risk.persistence.upgrade.v1.ScoringModelEntityV1;
import io.lodestar.pmo.jira.risk.persistence.upgrade.v1.SeedDefaultScoringModelTask;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import java.lang.reflect.Method;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.RawEntity;
import org.junit.Before;
import org.junit.Test;

/**
 * The upgrade from model version 2 (risk register and the portfolio's profile and snapshot tables,
 * with data) to version 3 (the portfolio structure).
 */
public class PortfolioStructureTaskTest {

  private InMemoryActiveObjects ao;
  private PortfolioStructureTask target;
  private Map<String, Map<Integer, Map<String, Object>>> versionTwoData;

  @Before
  public void setUp() {
    // a database at model version 2, as the previous build left it
    ao = new InMemoryActiveObjects();
    new SeedDefaultScoringModelTask().upgrade(ModelVersion.valueOf("0"), ao);
    new PortfolioTablesTask().upgrade(ModelVersion.valueOf("1"), ao);
    Map<String, Object> profile = new HashMap<>();
    profile.put("PROJECT_KEY", "MOB");
    profile.put("CURRENCY", "EUR");
    profile.put("PHASE", "EXECUTING");
    profile.put("BUDGET", "1250000.50");
    profile.put("START_DATE", "2026-01-05");
    profile.put("VERSION", 3L);
    ao.insertRaw(ProjectProfileEntityV2.class, profile);
    Map<String, Object> snapshot = new HashMap<>();
    snapshot.put("SNAPSHOT_KEY", "PROJECT:MOB@2026-12-02");
    snapshot.put("NODE", "PROJECT:MOB");
    snapshot.put("SNAPSHOT_DATE", "2026-12-02");
    snapshot.put("CURRENCY", "EUR");
    snapshot.put("TODO_COUNT", 4L);
    snapshot.put("IN_PROGRESS_COUNT", 2L);
    snapshot.put("DONE_COUNT", 9L);
    snapshot.put("POINTS_TOTAL", "40");
    snapshot.put("POINTS_DONE", "21");
    snapshot.put("FORMAT_VERSION", 1);
    ao.insertRaw(SnapshotEntityV2.class, snapshot);
    versionTwoData =
        snapshotOf(
            ScoringModelEntityV1.class,
            ProjectProfileEntityV2.class,
            SnapshotEntityV2.class,
            SettingEntityV2.class);
    ao.requireMigration();
    target = new PortfolioStructureTask();
  }

  @SafeVarargs
  private Map<String, Map<Integer, Map<String, Object>>> snapshotOf(
      Class<? extends RawEntity<?>>... types) {
    Map<String, Map<Integer, Map<String, Object>>> copy = new HashMap<>();
    for (Class<? extends RawEntity<?>> type : types) {
      Map<Integer, Map<String, Object>> rows = new HashMap<>();
      ao.rows(type).forEach((id, row) -> rows.put(id, new HashMap<>(row)));
      copy.put(type.getSimpleName(), rows);
    }
    return copy;
  }

  @Test
  public void getModelVersion_shouldBeThree_afterThePortfolioTablesTwo() {
    assertThat(target.getModelVersion().isSame(ModelVersion.valueOf("3"))).isTrue();
    assertThat(target.getModelVersion().isNewerThan(new PortfolioTablesTask().getModelVersion()))
        .isTrue();
  }

  @Test
  public void upgrade_shouldLeaveEveryRowOfVersionTwoAsItWas_evenWhenRunTwice() {
    target.upgrade(ModelVersion.valueOf("2"), ao);
    target.upgrade(ModelVersion.valueOf("2"), ao);

    assertThat(
            snapshotOf(
                ScoringModelEntityV1.class,
                ProjectProfileEntityV2.class,
                SnapshotEntityV2.class,
                SettingEntityV2.class))
        .isEqualTo(versionTwoData);
    assertThat(versionTwoData.get("ProjectProfileEntityV2")).hasSize(1);
    assertThat(versionTwoData.get("SnapshotEntityV2")).hasSize(1);
    assertThat(ao.rows(PortfolioNodeEntityV3.class)).isEmpty();
  }

  @Test
  public void upgrade_shouldCreateTablesTheLiveStoresUse() {
    target.upgrade(ModelVersion.valueOf("2"), ao);
    ao.migrate(
        PortfolioNodeEntity.class,
        PortfolioScopeEntity.class,
        ObjectiveEntity.class,
        ObjectiveLinkEntity.class,
        HealthOverrideEntity.class);
    AoTransactions transactions = new AoTransactions(ao);
    ClusterWriteLocks locks = new ClusterWriteLocks(new InMemoryClusterLockService(), transactions);

    PortfolioNode node =
        new PortfolioNode(
            "DIGITAL",
            PortfolioNodeKind.PORTFOLIO,
            "Digital",
            null,
            "o",
            "s",
            "EUR",
            PercentCompleteMethod.BY_ESTIMATE,
            List.of(new ProjectScope.JiraProject("MOB")),
            0);
    StoreResult<PortfolioNode> created = new AoPortfolioStore(ao, transactions, locks).create(node);
    new AoHealthOverrides(ao, transactions, locks)
        .add(
            "PROJECT",
            "MOB",
            new HealthOverride(
                Rag.RED,
                "why",
                LocalDate.of(2027, 1, 1),
                "u",
                Instant.parse("2026-12-03T00:00:00Z")));

    assertThat(created).isEqualTo(StoreResult.stored(node.withVersion(1)));
    assertThat(ao.rows(PortfolioNodeEntityV3.class)).hasSize(1);
    assertThat(ao.rows(PortfolioScopeEntityV3.class)).hasSize(1);
    assertThat(ao.rows(HealthOverrideEntityV3.class)).hasSize(1);
  }

  @Test
  public void frozenEntities_shouldMapTheSameTablesAndColumnsAsTheLiveOnes() {
    Map<Class<?>, Class<?>> pairs =
        Map.of(
            PortfolioNodeEntityV3.class, PortfolioNodeEntity.class,
            PortfolioScopeEntityV3.class, PortfolioScopeEntity.class,
            ObjectiveEntityV3.class, ObjectiveEntity.class,
            ObjectiveLinkEntityV3.class, ObjectiveLinkEntity.class,
            HealthOverrideEntityV3.class, HealthOverrideEntity.class);
    pairs.forEach(
        (frozen, live) -> {
          assertThat(columns(frozen)).as(frozen.getSimpleName()).isEqualTo(columns(live));
          assertThat(frozen.getAnnotation(net.java.ao.schema.Table.class).value())
              .isEqualTo(live.getAnnotation(net.java.ao.schema.Table.class).value());
        });
  }

  private static Set<String> columns(Class<?> entity) {
    Set<String> columns = new TreeSet<>();
    for (Method m : entity.getDeclaredMethods()) {
      if (m.getName().startsWith("get")) {
        StringBuilder c =
            new StringBuilder(m.getName()).append(':').append(m.getReturnType().getSimpleName());
        for (var a : m.getAnnotations()) {
          c.append(' ').append(a);
        }
        columns.add(c.toString());
      }
    }
    return columns;
  }
}
