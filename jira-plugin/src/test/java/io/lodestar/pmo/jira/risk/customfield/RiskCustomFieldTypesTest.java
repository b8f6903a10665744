package io.lodestar.pmo.jira.risk.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.Bands;
import io.lodestar.pmo.engine.risk.scoring.CellBanding;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.LookupModel;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId.EffectiveSettings;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class RiskCustomFieldTypesTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private RiskSettingsByProjectId settingsStore;
  @Mock private ScoringModelStore modelStore;
  @Mock private IssueRiskReader reader;
  @Mock private Issue issue;
  @Mock private Project project;
  @Mock private IssueType riskType;

  private final RiskFieldMapping mapping =
      RiskFieldMapping.builder().riskIssueTypeIds(Set.of("10100")).build();

  private RiskScoreCFType target;
  private RiskLevelCFType levelTarget;

  @Before
  public void setUp() {
    IssueRiskAssessments assessments = new IssueRiskAssessments(settingsStore, modelStore, reader);
    target = new RiskScoreCFType(assessments);
    levelTarget = new RiskLevelCFType(assessments);
    when(issue.getProjectId()).thenReturn(PROJECT_ID);
    when(issue.getIssueType()).thenReturn(riskType);
    when(riskType.getId()).thenReturn("10100");
  }

  private static final long PROJECT_ID = 10_000L;

  private void projectUses(ScoringModel model) {
    when(settingsStore.effectiveOf(PROJECT_ID))
        .thenReturn(
            Optional.of(
                new EffectiveSettings(
                    Versioned.of(RiskProjectSettings.of(3L, mapping, null), 1L), true)));
    when(modelStore.find(3L)).thenReturn(Optional.of(model.withIdentity(3L, 1L)));
  }

  private void issueReadsAs(RiskRating residual) {
    Risk risk =
        Risk.builder("ALPHA-7", "ALPHA", "Supplier fails")
            .inherent(RiskRating.of(5, ImpactDimension.COST, 5))
            .residual(residual)
            .build();
    when(reader.read(eq(issue), eq(mapping), any(), any())).thenReturn(Optional.of(risk));
  }

  @Test
  public void getValueFromIssue_shouldReturnNull_notThrow_whenStoredSettingsAreUnreadable() {
    // given: a corrupt settings row, as the caching store reports it on every read
    when(settingsStore.effectiveOf(PROJECT_ID))
        .thenThrow(new StoredDataException("RISK_SETTINGS row 4: 'mapping.count' is not a number"));

    // when / then: a re-index carries on; both fields are simply empty
    assertThat(target.getValueFromIssue(null, issue)).isNull();
    assertThat(levelTarget.getValueFromIssue(null, issue)).isNull();
  }

  @Test
  public void getValueFromIssue_shouldReturnResidualFormulaScore_whenIssueIsRatedRisk() {
    // given: PMBOK 5x5, residual P 0.7 x I 0.40
    projectUses(FormulaModel.pmbokDefault());
    issueReadsAs(RiskRating.of(4, ImpactDimension.COST, 4));

    // when
    Double score = target.getValueFromIssue(null, issue);

    // then
    assertThat(score).isEqualTo(0.28);
  }

  @Test
  public void getValueFromIssue_shouldReturnBandLabel_whenIssueIsRatedRisk() {
    // given: 0.28 is at or above the 0.18 threshold of "High"
    projectUses(FormulaModel.pmbokDefault());
    issueReadsAs(RiskRating.of(4, ImpactDimension.COST, 4));

    // when / then
    assertThat(levelTarget.getValueFromIssue(null, issue)).isEqualTo("High");
  }

  @Test
  public void getValueFromIssue_shouldUseCellBand_whenModelIsLookupTable() {
    // given: a 3x3 lookup model whose middle cell is configured as "high"
    Scale scale = Scale.lowMediumHigh();
    CellBanding cells =
        CellBanding.of(
            Bands.lowMediumHigh(),
            List.of(
                List.of("low", "low", "medium"),
                List.of("low", "high", "high"),
                List.of("medium", "high", "high")));
    projectUses(LookupModel.of("Lookup 3x3", scale, scale, cells));
    issueReadsAs(RiskRating.of(2, ImpactDimension.SCHEDULE, 2));

    // when / then
    assertThat(levelTarget.getValueFromIssue(null, issue)).isEqualTo("High");
    assertThat(target.getValueFromIssue(null, issue)).isEqualTo(4.0);
  }

  @Test
  public void getValueFromIssue_shouldReturnNull_whenIssueTypeIsNotARisk() {
    // given
    projectUses(FormulaModel.pmbokDefault());
    when(riskType.getId()).thenReturn("10001");

    // when / then
    assertThat(target.getValueFromIssue(null, issue)).isNull();
    verify(reader, never()).read(any(), any(), any(), any());
  }

  @Test
  public void getValueFromIssue_shouldReturnNull_whenProjectHasNoRiskSettings() {
    // given
    when(settingsStore.effectiveOf(PROJECT_ID)).thenReturn(Optional.empty());

    // when / then
    assertThat(levelTarget.getValueFromIssue(null, issue)).isNull();
  }

  @Test
  public void getValueFromIssue_shouldReturnNull_whenRiskIsUnrated() {
    // given: nothing mapped or filled in
    projectUses(FormulaModel.pmbokDefault());
    when(reader.read(eq(issue), eq(mapping), any(), any()))
        .thenReturn(Optional.of(Risk.builder("ALPHA-7", "ALPHA", "Unrated").build()));

    // when / then
    assertThat(target.getValueFromIssue(null, issue)).isNull();
    assertThat(levelTarget.getValueFromIssue(null, issue)).isNull();
  }

  @Test
  public void getVelocityParameters_shouldCarryBandColour_whenIssueIsRatedRisk() {
    // given
    projectUses(FormulaModel.pmbokDefault());
    issueReadsAs(RiskRating.of(4, ImpactDimension.COST, 4));

    // when
    Map<String, Object> params = levelTarget.getVelocityParameters(issue, null, null);

    // then
    assertThat(params.get(RiskLevelCFType.LEVEL_PARAM))
        .hasFieldOrPropertyWithValue("label", "High")
        .hasFieldOrPropertyWithValue("colour", "#DE350B");
  }
}
