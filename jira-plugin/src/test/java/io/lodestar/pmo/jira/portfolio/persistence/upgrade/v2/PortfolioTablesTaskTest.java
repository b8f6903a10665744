package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotRetention;
import io.lodestar.pmo.jira.portfolio.job.SnapshotJobRunner;
import io.lodestar.pmo.jira.portfolio.persistence.AoSnapshotStore;
import io.lodestar.pmo.jira.portfolio.persistence.ProjectProfileEntity;
import io.lodestar.pmo.jira.portfolio.persistence.SnapshotEntity;
import io.lodestar.pmo.jira.risk.persistence.ReviewFlagEntity;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsEntity;
import io.lodestar.pmo.jira.risk.persistence.ScoringModelEntity;
import io.lodestar.pmo.jira.risk.persistence.upgrade.v1.ScoringModelEntityV1;
import io.lodestar.pmo.jira.risk.persistence.upgrade.v1.SeedDefaultScoringModelTask;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.SettingEntity;
import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.Before;
import org.junit.Test;

/**
 * The upgrade from model version 1 (the risk register's schema, with data in every table) to
 * version 2 (the portfolio tables).
 */
public class PortfolioTablesTaskTest {

  private InMemoryActiveObjects ao;
  private PortfolioTablesTask target;
  private Map<String, Map<Integer, Map<String, Object>>> versionOneData;

  @Before
  public void setUp() {
    // a database at model version 1, as a previous build left it: the seeded model, a project's
    // risk settings, an overdue flag and the PMO admin group setting
    ao = new InMemoryActiveObjects();
    new SeedDefaultScoringModelTask().upgrade(ModelVersion.valueOf("0"), ao);
    ao.migrate(
        ScoringModelEntity.class,
        RiskSettingsEntity.class,
        ReviewFlagEntity.class,
        SettingEntity.class);
    ao.insertRaw(
        RiskSettingsEntity.class,
        Map.of(
            "PROJECT_ID", 10000L,
            "MODEL_ID", 1L,
            "FORMAT_VERSION", 1,
            "MAPPING", "probability.field=customfield_10010",
            "VERSION", 3L));
    ao.insertRaw(
        ReviewFlagEntity.class,
        Map.of(
            "ISSUE_KEY",
            "MOB-7",
            "PROJECT_KEY",
            "MOB",
            "REVIEW_DATE",
            "2026-11-01",
            "FLAGGED_ON",
            "2026-11-02"));
    ao.insertRaw(
        SettingEntity.class,
        Map.of("SETTING_KEY", "pmo.adminGroup", "SETTING_VALUE", "pmo-admins", "VERSION", 2L));
    versionOneData =
        snapshotOf(
            ScoringModelEntityV1.class,
            RiskSettingsEntity.class,
            ReviewFlagEntity.class,
            SettingEntity.class);
    // AO hands the task an instance bound to no entity
    ao.requireMigration();
    target = new PortfolioTablesTask();
  }

  @SafeVarargs
  private Map<String, Map<Integer, Map<String, Object>>> snapshotOf(
      Class<? extends net.java.ao.RawEntity<?>>... types) {
    Map<String, Map<Integer, Map<String, Object>>> copy = new HashMap<>();
    for (Class<? extends net.java.ao.RawEntity<?>> type : types) {
      Map<Integer, Map<String, Object>> rows = new HashMap<>();
      ao.rows(type).forEach((id, row) -> rows.put(id, new HashMap<>(row)));
      copy.put(type.getSimpleName(), rows);
    }
    return copy;
  }

  @Test
  public void getModelVersion_shouldBeTwo_afterTheRiskRegistersOne() {
    assertThat(target.getModelVersion().isSame(ModelVersion.valueOf("2"))).isTrue();
    assertThat(
            target
                .getModelVersion()
                .isNewerThan(new SeedDefaultScoringModelTask().getModelVersion()))
        .isTrue();
  }

  @Test
  public void upgrade_shouldLeaveEveryRowOfVersionOneAsItWas() {
    target.upgrade(ModelVersion.valueOf("1"), ao);

    Map<String, Map<Integer, Map<String, Object>>> after =
        snapshotOf(
            ScoringModelEntityV1.class,
            RiskSettingsEntity.class,
            ReviewFlagEntity.class,
            SettingEntity.class);
    after
        .get("SettingEntity")
        .values()
        .removeIf(r -> PortfolioTablesTask.RETENTION_KEY.equals(r.get("SETTING_KEY")));
    assertThat(after).isEqualTo(versionOneData);
    assertThat(versionOneData.get("ScoringModelEntityV1")).hasSize(1);
    assertThat(versionOneData.get("SettingEntity")).hasSize(1);
  }

  @Test
  public void upgrade_shouldSeedTheDefaultRetention_thatTheJobReads() {
    target.upgrade(ModelVersion.valueOf("1"), ao);

    Map<String, Object> seeded =
        ao.rows(SettingEntityV2.class).values().stream()
            .filter(r -> PortfolioTablesTask.RETENTION_KEY.equals(r.get("SETTING_KEY")))
            .findFirst()
            .orElseThrow();
    assertThat(PortfolioTablesTask.RETENTION_KEY).isEqualTo(SnapshotJobRunner.RETENTION_KEY);
    assertThat(SnapshotRetention.parse((String) seeded.get("SETTING_VALUE")))
        .isEqualTo(SnapshotRetention.DEFAULT);
    assertThat(seeded.get("VERSION")).isEqualTo(1L);
  }

  @Test
  public void upgrade_shouldKeepARetentionAnAdminChose_andAddNothingWhenRunTwice() {
    ao.migrate(SettingEntityV2.class);
    ao.insertRaw(
        SettingEntityV2.class,
        Map.of(
            "SETTING_KEY",
            PortfolioTablesTask.RETENTION_KEY,
            "SETTING_VALUE",
            "dailyDays=7;weeklyMonths=6;monthlyYears=3",
            "VERSION",
            4L));

    target.upgrade(ModelVersion.valueOf("1"), ao);
    target.upgrade(ModelVersion.valueOf("1"), ao);

    assertThat(ao.rows(SettingEntityV2.class).values())
        .filteredOn(r -> PortfolioTablesTask.RETENTION_KEY.equals(r.get("SETTING_KEY")))
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.get("SETTING_VALUE"))
                    .isEqualTo("dailyDays=7;weeklyMonths=6;monthlyYears=3"));
  }

  @Test
  public void upgrade_shouldCreateTablesTheLiveEntitiesAndStoreUse() {
    target.upgrade(ModelVersion.valueOf("1"), ao);
    ao.migrate(SnapshotEntity.class, ProjectProfileEntity.class);

    AoSnapshotStore store = new AoSnapshotStore(ao);
    LocalDate day = LocalDate.of(2026, 12, 2);
    boolean written =
        store.putIfAbsent(
            MetricSnapshot.builder(new SnapshotKey(SnapshotNode.project("MOB"), day), "EUR")
                .build());

    assertThat(written).isTrue();
    assertThat(ao.rows(SnapshotEntityV2.class)).hasSize(1);
    assertThat(store.dates(SnapshotNode.project("MOB"))).containsExactly(day);
  }

  @Test
  public void frozenEntities_shouldMapTheSameTablesAndColumnsAsTheLiveOnes() {
    assertThat(columns(SnapshotEntityV2.class)).isEqualTo(columns(SnapshotEntity.class));
    assertThat(columns(ProjectProfileEntityV2.class))
        .isEqualTo(columns(ProjectProfileEntity.class));
    assertThat(columns(SettingEntityV2.class)).isEqualTo(columns(SettingEntity.class));
    assertThat(SnapshotEntityV2.class.getAnnotation(net.java.ao.schema.Table.class).value())
        .isEqualTo(SnapshotEntity.TABLE);
    assertThat(ProjectProfileEntityV2.class.getAnnotation(net.java.ao.schema.Table.class).value())
        .isEqualTo(ProjectProfileEntity.TABLE);
  }

  /** Getter names with their annotations: the schema AO derives. */
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
