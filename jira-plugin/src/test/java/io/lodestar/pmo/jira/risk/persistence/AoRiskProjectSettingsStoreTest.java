package io.lodestar.pmo.jira.risk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.NumberMapping;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryCacheManager;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.shared.persistence.Races;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class AoRiskProjectSettingsStoreTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private ProjectManager projectManager;

  /** Jira's projects: by current or previous key (upper case), and by id. */
  private final Map<String, Project> byKey = new HashMap<>();

  private final Map<Long, Project> byId = new HashMap<>();

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private AoTransactions transactions;
  private AoRiskProjectSettingsStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    lockService = new InMemoryClusterLockService();
    transactions = new AoTransactions(ao);
    when(projectManager.getProjectObjByKeyIgnoreCase(anyString()))
        .thenAnswer(i -> byKey.get(i.<String>getArgument(0).toUpperCase(Locale.ROOT)));
    when(projectManager.getProjectObj(any())).thenAnswer(i -> byId.get(i.<Long>getArgument(0)));
    project(10000, "ALPHA");
    project(10001, "BETA");
    project(10002, "GAMMA");
    target =
        new AoRiskProjectSettingsStore(
            ao,
            projectManager,
            transactions,
            new ClusterWriteLocks(lockService, transactions, Duration.ofSeconds(5)),
            new InMemoryCacheManager());
  }

  @Test
  public void save_shouldCreateSettingsAtVersionOne_whenExpectedVersionIsNew() {
    RiskProjectSettings settings = settings(3, "high");

    StoreResult<Versioned<RiskProjectSettings>> result = target.save("ALPHA", settings, 0);

    assertThat(result).isEqualTo(StoreResult.stored(Versioned.of(settings, 1)));
    assertThat(target.find("ALPHA")).contains(Versioned.of(settings, 1));
  }

  @Test
  public void find_shouldReturnAFullMappingAsSaved() {
    RiskProjectSettings settings = RiskProjectSettings.of(3, fullMapping(), null);
    target.save("ALPHA", settings, 0);

    assertThat(target.find("ALPHA").orElseThrow().value()).isEqualTo(settings);
  }

  @Test
  public void find_shouldReturnTheOptionLevelsAsSaved_inMappingFormat2() {
    RiskProjectSettings settings =
        RiskProjectSettings.of(
            3,
            fullMapping().toBuilder()
                .optionLevels(Map.of("customfield_1", Map.of("Very high", 5, "Low", 2)))
                .build(),
            null);
    target.save("ALPHA", settings, 0);

    assertThat(target.find("ALPHA").orElseThrow().value()).isEqualTo(settings);
    assertThat(ao.find(RiskSettingsEntity.class)[0].getFormatVersion()).isEqualTo(2);
  }

  @Test
  public void find_shouldReadARowOfThePreviousVersion_inMappingFormat1() {
    // given a row as the previous version wrote it (format 1, no option levels)
    ao.insertRaw(
        RiskSettingsEntity.class,
        Map.of(
            RiskSettingsEntity.PROJECT_ID,
            10000L,
            RiskSettingsEntity.MODEL_ID,
            3L,
            RiskSettingsEntity.FORMAT_VERSION,
            1,
            RiskSettingsEntity.MAPPING,
            "issueTypes.count=1\nissueTypes.1=10100\ninherent.probability=customfield_1\n"
                + "numberMapping=RANK\n",
            RiskSettingsEntity.VERSION,
            4L));

    // when
    Versioned<RiskProjectSettings> found = target.find("ALPHA").orElseThrow();

    // then
    assertThat(found.version()).isEqualTo(4);
    assertThat(found.value().mapping().inherent().probabilityFieldId()).isEqualTo("customfield_1");
    assertThat(found.value().mapping().optionLevels()).isEmpty();
  }

  @Test
  public void save_shouldIncrementTheVersion_whenTheExpectedVersionIsCurrent() {
    target.save("ALPHA", settings(3, "high"), 0);

    StoreResult<Versioned<RiskProjectSettings>> result =
        target.save("ALPHA", settings(4, "medium"), 1);

    assertThat(result).isEqualTo(StoreResult.stored(Versioned.of(settings(4, "medium"), 2)));
    assertThat(target.find("ALPHA")).contains(Versioned.of(settings(4, "medium"), 2));
  }

  @Test
  public void save_shouldReportAConflictAndChangeNothing_whenTheVersionIsStale() {
    target.save("ALPHA", settings(3, "high"), 0);
    target.save("ALPHA", settings(4, "high"), 1);

    StoreResult<Versioned<RiskProjectSettings>> result =
        target.save("ALPHA", settings(5, "low"), 1);

    assertThat(result).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.find("ALPHA")).contains(Versioned.of(settings(4, "high"), 2));
  }

  @Test
  public void save_shouldReportAConflict_whenCreatingSettingsThatExist() {
    target.save("ALPHA", settings(3, "high"), 0);

    assertThat(target.save("ALPHA", settings(5, "low"), 0)).isEqualTo(StoreResult.conflict(0, 1));
    assertThat(ao.rows(RiskSettingsEntity.class)).hasSize(1);
  }

  @Test
  public void save_shouldReportMissing_whenUpdatingSettingsThatDoNotExist() {
    assertThat(target.save("ALPHA", settings(3, "high"), 4)).isEqualTo(StoreResult.missing());
    assertThat(ao.rows(RiskSettingsEntity.class)).isEmpty();
  }

  @Test
  public void save_shouldRejectAndWriteNothing_whenTheAppetiteIsNotABandKey() {
    assertThatThrownBy(() -> target.save("ALPHA", settings(3, "not a key!"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ao.rows(RiskSettingsEntity.class)).isEmpty();
  }

  @Test
  public void save_shouldRejectAndWriteNothing_whenNoProjectHasTheKey() {
    assertThatThrownBy(() -> target.save("NOPE", settings(3, "high"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> target.save("*", settings(3, "high"), 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ao.rows(RiskSettingsEntity.class)).isEmpty();
  }

  @Test
  public void effectiveOf_shouldAnswerByProjectIdWithoutAKeyLookup_ownSettingsElseTheDefault() {
    target.save("ALPHA", settings(3, "high"), 0);
    target.saveDefault(settings(5, "low"), 0);
    target.save("ALPHA", settings(4, "high"), 1);
    org.mockito.Mockito.clearInvocations(projectManager);

    assertThat(target.effectiveOf(10000L))
        .contains(
            new RiskSettingsByProjectId.EffectiveSettings(
                Versioned.of(settings(4, "high"), 2), true));
    assertThat(target.effectiveOf(10001L))
        .contains(
            new RiskSettingsByProjectId.EffectiveSettings(
                Versioned.of(settings(5, "low"), 1), false));
    assertThat(target.effectiveOf(0L)).isEmpty();
    org.mockito.Mockito.verifyNoInteractions(projectManager);
  }

  @Test
  public void save_shouldKeyTheRowByProjectId() {
    target.save("ALPHA", settings(3, "high"), 0);

    assertThat(ao.rows(RiskSettingsEntity.class).values())
        .singleElement()
        .satisfies(row -> assertThat(row).containsEntry(RiskSettingsEntity.PROJECT_ID, 10000L));
  }

  @Test
  public void find_shouldReturnTheSettings_whenTheProjectKeyWasRenamedInJira() {
    target.save("ALPHA", settings(3, "high"), 0);

    rename(10000, "ALPHA", "OMEGA");

    assertThat(target.find("OMEGA")).contains(Versioned.of(settings(3, "high"), 1));
    assertThat(target.find("ALPHA")).contains(Versioned.of(settings(3, "high"), 1));
  }

  @Test
  public void save_shouldUpdateTheSameRow_whenTheProjectKeyWasRenamedInJira() {
    target.save("ALPHA", settings(3, "high"), 0);
    rename(10000, "ALPHA", "OMEGA");

    StoreResult<Versioned<RiskProjectSettings>> result =
        target.save("OMEGA", settings(4, "low"), 1);

    assertThat(result).isEqualTo(StoreResult.stored(Versioned.of(settings(4, "low"), 2)));
    assertThat(ao.rows(RiskSettingsEntity.class)).hasSize(1);
  }

  @Test
  public void projectKeysUsingModel_shouldAnswerTheCurrentKey_whenAProjectWasRenamed() {
    target.save("ALPHA", settings(7, null), 0);
    target.save("BETA", settings(7, null), 0);
    rename(10000, "ALPHA", "ZULU");

    assertThat(target.projectKeysUsingModel(7)).containsExactly("BETA", "ZULU");
  }

  @Test
  public void projectKeysUsingModel_shouldLeaveOutProjectsDeletedFromJira() {
    target.save("ALPHA", settings(7, null), 0);
    target.save("BETA", settings(7, null), 0);
    byId.remove(10000L);

    assertThat(target.projectKeysUsingModel(7)).containsExactly("BETA");
  }

  @Test
  public void effective_shouldReadTheDatabaseOnlyOnce_whenAProjectHasNoSettings() {
    target.effective("BETA");
    int reads = ao.reads();

    assertThat(target.effective("BETA")).isEmpty();
    assertThat(target.effective("BETA")).isEmpty();

    assertThat(ao.reads()).isEqualTo(reads);
  }

  @Test
  public void effective_shouldBeServedFromTheCache_whenReadASecondTime() {
    target.saveDefault(settings(1, "medium"), 0);
    target.save("ALPHA", settings(2, "high"), 0);
    target.effective("ALPHA");
    target.effective("BETA");
    int reads = ao.reads();

    assertThat(target.effective("ALPHA")).contains(settings(2, "high"));
    assertThat(target.effective("BETA")).contains(settings(1, "medium"));

    assertThat(ao.reads()).isEqualTo(reads);
  }

  @Test
  public void effective_shouldSeeTheNewSettings_whenSavedAfterACachedRead() {
    target.effective("ALPHA");

    target.save("ALPHA", settings(2, "high"), 0);

    assertThat(target.effective("ALPHA")).contains(settings(2, "high"));
  }

  @Test
  public void effective_shouldSeeTheNewDefault_whenTheDefaultIsSavedAfterACachedRead() {
    target.saveDefault(settings(1, "medium"), 0);
    target.effective("BETA");

    target.saveDefault(settings(5, "low"), 1);

    assertThat(target.effective("BETA")).contains(settings(5, "low"));
  }

  @Test
  public void find_shouldSeeTheOldSettings_whenASaveRolledBackAfterACachedRead() {
    target.save("ALPHA", settings(2, "high"), 0);
    target.find("ALPHA");
    ao.failOnWrite(1);

    assertThatThrownBy(() -> target.save("ALPHA", settings(3, "low"), 1))
        .isInstanceOf(IllegalStateException.class);

    assertThat(target.find("ALPHA")).contains(Versioned.of(settings(2, "high"), 1));
  }

  @Test
  public void save_shouldLetExactlyOneWriterWin_whenTwoRaceWithTheSameVersion() throws Exception {
    target.save("ALPHA", settings(2, "high"), 0);
    String lock = "lodestar.internal.lock.risk-settings.10000";

    List<StoreResult<Versioned<RiskProjectSettings>>> results =
        Races.race(
            ao,
            () -> lockService.hasWaiters(lock),
            () -> target.save("ALPHA", settings(3, "low"), 1),
            () -> target.save("ALPHA", settings(4, "medium"), 1));

    assertThat(results.get(0)).isEqualTo(StoreResult.stored(Versioned.of(settings(3, "low"), 2)));
    assertThat(results.get(1)).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.find("ALPHA")).contains(Versioned.of(settings(3, "low"), 2));
  }

  @Test
  public void save_shouldLetExactlyOneCreatorWin_whenTwoCreateTheSameProjectsSettings()
      throws Exception {
    String lock = "lodestar.internal.lock.risk-settings.10000";

    List<StoreResult<Versioned<RiskProjectSettings>>> results =
        Races.race(
            ao,
            () -> lockService.hasWaiters(lock),
            () -> target.save("ALPHA", settings(3, "low"), 0),
            () -> target.save("alpha", settings(4, "medium"), 0));

    assertThat(results.get(1)).isEqualTo(StoreResult.conflict(0, 1));
    assertThat(ao.rows(RiskSettingsEntity.class)).hasSize(1);
  }

  @Test
  public void saveDefault_shouldLetExactlyOneWriterWin_whenTwoRaceWithTheSameVersion()
      throws Exception {
    target.saveDefault(settings(2, "high"), 0);
    String lock = "lodestar.internal.lock.risk-settings.default";

    List<StoreResult<Versioned<RiskProjectSettings>>> results =
        Races.race(
            ao,
            () -> lockService.hasWaiters(lock),
            () -> target.saveDefault(settings(3, "low"), 1),
            () -> target.saveDefault(settings(4, "medium"), 1));

    assertThat(results.get(1)).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.findDefault()).contains(Versioned.of(settings(3, "low"), 2));
  }

  @Test
  public void effective_shouldFallBackToTheDefault_whenTheProjectHasNoSettings() {
    target.saveDefault(settings(1, "medium"), 0);
    target.save("ALPHA", settings(2, "high"), 0);

    assertThat(target.effective("ALPHA")).contains(settings(2, "high"));
    assertThat(target.effective("BETA")).contains(settings(1, "medium"));
    assertThat(target.find("BETA")).isEmpty();
  }

  @Test
  public void saveDefault_shouldReportAConflict_whenTheVersionIsStale() {
    target.saveDefault(settings(1, "medium"), 0);

    assertThat(target.saveDefault(settings(2, "medium"), 3)).isEqualTo(StoreResult.conflict(3, 1));
    assertThat(target.findDefault()).contains(Versioned.of(settings(1, "medium"), 1));
  }

  @Test
  public void projectKeysUsingModel_shouldListProjectsButNotTheDefault() {
    target.saveDefault(settings(7, null), 0);
    target.save("GAMMA", settings(7, null), 0);
    target.save("ALPHA", settings(7, null), 0);
    target.save("BETA", settings(8, null), 0);

    assertThat(target.projectKeysUsingModel(7)).containsExactly("ALPHA", "GAMMA");
    assertThat(target.defaultUsesModel(7)).isTrue();
  }

  @Test
  public void find_shouldFailClearly_whenTheMappingTextIsCorrupt() {
    ao.insertRaw(
        RiskSettingsEntity.class,
        Map.of(
            RiskSettingsEntity.PROJECT_ID,
            10000L,
            RiskSettingsEntity.MODEL_ID,
            3L,
            RiskSettingsEntity.FORMAT_VERSION,
            1,
            RiskSettingsEntity.MAPPING,
            "cost.min=customfield_1\nnumberMapping=RANK\n",
            RiskSettingsEntity.VERSION,
            1L));

    assertThatThrownBy(() -> target.find("ALPHA"))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("RISK_SETTINGS row 1")
        .hasMessageContaining("invalid mapping");
  }

  @Test
  public void find_shouldFailClearly_whenTheMappingFormatIsUnknown() {
    ao.insertRaw(
        RiskSettingsEntity.class,
        Map.of(
            RiskSettingsEntity.PROJECT_ID,
            10000L,
            RiskSettingsEntity.MODEL_ID,
            3L,
            RiskSettingsEntity.FORMAT_VERSION,
            9,
            RiskSettingsEntity.MAPPING,
            "numberMapping=RANK\n",
            RiskSettingsEntity.VERSION,
            1L));

    assertThatThrownBy(() -> target.find("ALPHA"))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("unknown mapping format version 9");
  }

  @Test
  public void find_shouldFailClearly_whenTheModelIdIsNotPositive() {
    ao.insertRaw(
        RiskSettingsEntity.class,
        Map.of(
            RiskSettingsEntity.PROJECT_ID,
            10000L,
            RiskSettingsEntity.MODEL_ID,
            0L,
            RiskSettingsEntity.FORMAT_VERSION,
            1,
            RiskSettingsEntity.MAPPING,
            "numberMapping=RANK\n",
            RiskSettingsEntity.VERSION,
            1L));

    assertThatThrownBy(() -> target.find("ALPHA"))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("modelId must be > 0");
  }

  private void project(long id, String key) {
    Project project = mock(Project.class);
    when(project.getId()).thenReturn(id);
    when(project.getKey()).thenReturn(key);
    byKey.put(key, project);
    byId.put(id, project);
  }

  /** Renames a project's key as Jira does: the old key keeps finding the project. */
  private void rename(long id, String oldKey, String newKey) {
    Project project = byId.get(id);
    when(project.getKey()).thenReturn(newKey);
    byKey.put(newKey, project);
    byKey.put(oldKey, project);
  }

  private static RiskProjectSettings settings(long modelId, String appetite) {
    return RiskProjectSettings.of(
        modelId,
        RiskFieldMapping.builder()
            .riskIssueTypeIds(Set.of("10100"))
            .inherent(RatingFieldIds.of("customfield_1", ImpactDimension.COST, "customfield_2"))
            .build(),
        appetite);
  }

  private static RiskFieldMapping fullMapping() {
    return RiskFieldMapping.builder()
        .riskIssueTypeIds(Set.of("10100", "10101"))
        .inherent(
            RatingFieldIds.of(
                    "customfield_1",
                    Map.of(
                        ImpactDimension.COST, "customfield_2",
                        ImpactDimension.SCHEDULE, "customfield_3",
                        ImpactDimension.SCOPE, "customfield_4",
                        ImpactDimension.QUALITY, "customfield_5"))
                .withDetectability("customfield_6"))
        .residual(RatingFieldIds.of("customfield_7", ImpactDimension.COST, "customfield_8"))
        .target(RatingFieldIds.of("customfield_9", ImpactDimension.SCOPE, "customfield_10"))
        .ownerFieldId("assignee")
        .reviewDateFieldId("duedate")
        .categoryFieldId("customfield_11")
        .responseFieldId("customfield_12")
        .kindFieldId("customfield_13")
        .statusFieldId("customfield_14")
        .proximityFieldId("customfield_15")
        .cost(ThreePointFieldIds.of("customfield_16", "customfield_17", "customfield_18"))
        .schedule(ThreePointFieldIds.of("customfield_19", "customfield_20", "customfield_21"))
        .numberMapping(NumberMapping.NEAREST_VALUE)
        .build();
  }
}
