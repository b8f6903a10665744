package io.lodestar.pmo.jira.risk.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.FieldValidationException;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId.EffectiveSettings;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class AssessmentFacetCFTypesTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private RiskSettingsByProjectId settingsStore;
  @Mock private ScoringModelStore modelStore;
  @Mock private IssueRiskReader reader;
  @Mock private Issue issue;
  @Mock private IssueType riskType;

  private static final long PROJECT_ID = 10_000L;
  private static final LocalDate REVIEW = LocalDate.of(1970, 2, 1);

  private final RiskFieldMapping mapping =
      RiskFieldMapping.builder().riskIssueTypeIds(Set.of("10100")).build();
  private IssueRiskAssessments assessments;

  @Before
  public void setUp() {
    assessments = new IssueRiskAssessments(settingsStore, modelStore, reader);
    when(issue.getId()).thenReturn(7L);
    when(issue.getUpdated()).thenReturn(new Timestamp(1_000));
    when(issue.getProjectId()).thenReturn(PROJECT_ID);
    when(issue.getIssueType()).thenReturn(riskType);
    when(riskType.getId()).thenReturn("10100");
    // PMBOK 5x5 with appetite "medium": a "high" risk is above it
    when(settingsStore.effectiveOf(PROJECT_ID))
        .thenReturn(
            Optional.of(
                new EffectiveSettings(
                    Versioned.of(RiskProjectSettings.of(3L, mapping, "medium"), 1L), true)));
    when(modelStore.find(3L))
        .thenReturn(Optional.of(FormulaModel.pmbokDefault().withIdentity(3L, 1L)));
  }

  private void issueReadsAs(Risk risk) {
    when(reader.read(eq(issue), eq(mapping), any(), any())).thenReturn(Optional.of(risk));
  }

  private static Risk.Builder rated() {
    return Risk.builder("ALPHA-7", "ALPHA", "Supplier fails")
        .status(RiskStatus.MITIGATING)
        .kind(RiskKind.THREAT)
        .owner("JIRAUSER10100")
        .reviewDate(REVIEW)
        .inherent(RiskRating.of(5, ImpactDimension.COST, 5))
        .residual(RiskRating.of(4, ImpactDimension.COST, 3));
  }

  @Test
  public void getValueFromIssue_shouldHoldEachFacetOfTheAssessment_whenTheIssueIsARatedRisk() {
    // given
    issueReadsAs(rated().build());

    // when / then
    assertThat(new RiskStatusCFType(assessments).getValueFromIssue(null, issue)).isEqualTo(2.0);
    assertThat(new RiskKindCFType(assessments).getValueFromIssue(null, issue)).isEqualTo(1.0);
    // residual P 0.7 x I 0.2 = 0.14: "medium", rank 2 of low/medium/high
    assertThat(new RiskBandRankCFType(assessments).getValueFromIssue(null, issue)).isEqualTo(2.0);
    assertThat(new RiskInherentCellCFType(assessments).getValueFromIssue(null, issue))
        .isEqualTo(505.0);
    assertThat(new RiskResidualCellCFType(assessments).getValueFromIssue(null, issue))
        .isEqualTo(403.0);
    assertThat(new RiskReviewDayCFType(assessments).getValueFromIssue(null, issue)).isEqualTo(31.0);
    assertThat(new RiskAboveAppetiteCFType(assessments).getValueFromIssue(null, issue)).isNull();
    assertThat(new RiskOwnerCFType(assessments).getValueFromIssue(null, issue))
        .isEqualTo("JIRAUSER10100");
  }

  @Test
  public void getValueFromIssue_shouldMarkTheRiskAboveAppetite_whenItsBandIsAboveTheAppetite() {
    // given: residual 0.7 x 0.4 = 0.28, "high" above the appetite "medium"
    issueReadsAs(rated().residual(RiskRating.of(4, ImpactDimension.COST, 4)).build());

    // when / then
    assertThat(new RiskAboveAppetiteCFType(assessments).getValueFromIssue(null, issue))
        .isEqualTo(1.0);
    assertThat(new RiskBandRankCFType(assessments).getValueFromIssue(null, issue)).isEqualTo(3.0);
  }

  @Test
  public void getValueFromIssue_shouldReadTheIssueOnce_forEveryLodestarFieldOfOneIssueVersion() {
    // given
    issueReadsAs(rated().build());
    List<AssessmentFacetCFType> facets =
        List.of(
            new RiskStatusCFType(assessments),
            new RiskKindCFType(assessments),
            new RiskBandRankCFType(assessments),
            new RiskInherentCellCFType(assessments),
            new RiskResidualCellCFType(assessments),
            new RiskReviewDayCFType(assessments),
            new RiskAboveAppetiteCFType(assessments),
            new RiskEmvCFType(assessments));

    // when: a re-index asks every field of the issue
    facets.forEach(f -> f.getValueFromIssue(null, issue));
    new RiskOwnerCFType(assessments).getValueFromIssue(null, issue);
    new RiskScoreCFType(assessments).getValueFromIssue(null, issue);

    // then
    verify(reader, times(1)).read(eq(issue), eq(mapping), any(), any());
    assertThat(facets)
        .extracting(AssessmentFacetCFType::facet)
        .containsExactly(AssessmentFacet.values());
  }

  @Test
  public void getValueFromIssue_shouldBeEmpty_whenTheRiskIsUnratedOrHasNoReviewDate() {
    // given
    issueReadsAs(Risk.builder("ALPHA-7", "ALPHA", "Unrated").kind(RiskKind.OPPORTUNITY).build());

    // when / then
    assertThat(new RiskBandRankCFType(assessments).getValueFromIssue(null, issue)).isNull();
    assertThat(new RiskInherentCellCFType(assessments).getValueFromIssue(null, issue)).isNull();
    assertThat(new RiskReviewDayCFType(assessments).getValueFromIssue(null, issue)).isNull();
    assertThat(new RiskEmvCFType(assessments).getValueFromIssue(null, issue)).isNull();
    assertThat(new RiskOwnerCFType(assessments).getValueFromIssue(null, issue)).isNull();
    assertThat(new RiskKindCFType(assessments).getValueFromIssue(null, issue)).isEqualTo(2.0);
  }

  @Test
  public void getValueFromIssue_shouldBeNull_whenTheIssueIsNoRisk() {
    // given
    when(riskType.getId()).thenReturn("1");

    // when / then
    assertThat(new RiskStatusCFType(assessments).getValueFromIssue(null, issue)).isNull();
    assertThat(new RiskOwnerCFType(assessments).getValueFromIssue(null, issue)).isNull();
  }

  @Test
  public void singularObject_shouldRoundTripNumbers_andRefuseText() throws Exception {
    AssessmentFacetCFType target = new RiskReviewDayCFType(assessments);
    assertThat(target.getSingularObjectFromString(target.getStringFromSingularObject(20_000.0)))
        .isEqualTo(20_000.0);
    assertThat(target.getSingularObjectFromString(" ")).isNull();
    assertThatThrownBy(() -> target.getSingularObjectFromString("soon"))
        .isInstanceOf(FieldValidationException.class);
  }

  @Test
  public void statusCodes_shouldBeFixedAndDistinct() {
    assertThat(AssessmentFacet.statusCode(RiskStatus.OPEN)).isEqualTo(1);
    assertThat(AssessmentFacet.statusCode(RiskStatus.OCCURRED)).isEqualTo(5);
    assertThat(
            java.util.Arrays.stream(RiskStatus.values())
                .map(AssessmentFacet::statusCode)
                .distinct()
                .count())
        .isEqualTo(RiskStatus.values().length);
  }
}
