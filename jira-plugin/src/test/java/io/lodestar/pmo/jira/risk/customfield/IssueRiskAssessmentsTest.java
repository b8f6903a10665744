package io.lodestar.pmo.jira.risk.customfield;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.jira.risk.customfield.jira.JiraIssueRiskReader;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId.EffectiveSettings;
import io.lodestar.pmo.jira.risk.source.IssueFieldReader;
import io.lodestar.pmo.jira.risk.source.JiraRawRiskReader;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/** The re-index cost of the calculated fields, counted on the Jira services they call. */
public class IssueRiskAssessmentsTest {

  private static final long PROJECT_ID = 10_000L;
  private static final int N = 50;

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private RiskSettingsByProjectId settings;
  @Mock private ScoringModelStore models;
  @Mock private CustomFieldManager customFieldManager;
  @Mock private CustomField probabilityField;
  @Mock private CustomField impactField;
  @Mock private IssueType riskType;
  @Mock private Project project;

  private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
  private final RiskFieldMapping mapping =
      RiskFieldMapping.builder()
          .riskIssueTypeIds(Set.of("10100"))
          .inherent(RatingFieldIds.of("customfield_1", ImpactDimension.COST, "customfield_2"))
          .build();

  private IssueRiskReader reader;
  private IssueRiskAssessments target;
  private RiskScoreCFType score;
  private RiskLevelCFType level;

  @Before
  public void setUp() {
    when(customFieldManager.getCustomFieldObject("customfield_1")).thenReturn(probabilityField);
    when(customFieldManager.getCustomFieldObject("customfield_2")).thenReturn(impactField);
    when(riskType.getId()).thenReturn("10100");
    when(project.getKey()).thenReturn("ALPHA");
    settingsVersion(1L, mapping);
    when(models.find(3L)).thenReturn(Optional.of(FormulaModel.pmbokDefault().withIdentity(3L, 1L)));
    reader =
        spy(
            new JiraIssueRiskReader(
                new JiraRawRiskReader(new IssueFieldReader(customFieldManager))));
    target = new IssueRiskAssessments(settings, models, reader, nanos::get);
    score = new RiskScoreCFType(target);
    level = new RiskLevelCFType(target);
  }

  private void settingsVersion(long version, RiskFieldMapping m) {
    when(settings.effectiveOf(PROJECT_ID))
        .thenReturn(
            Optional.of(
                new EffectiveSettings(
                    Versioned.of(RiskProjectSettings.of(3L, m, null), version), true)));
  }

  private Issue riskIssue(long id) {
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn(id);
    when(issue.getKey()).thenReturn("ALPHA-" + id);
    when(issue.getProjectId()).thenReturn(PROJECT_ID);
    when(issue.getProjectObject()).thenReturn(project);
    when(issue.getIssueType()).thenReturn(riskType);
    when(issue.getUpdated()).thenReturn(new Timestamp(1_700_000_000_000L + id));
    Option high = option(3L);
    when(issue.getCustomFieldValue(probabilityField)).thenReturn(high);
    when(issue.getCustomFieldValue(impactField)).thenReturn(high);
    return issue;
  }

  private static Option option(long sequence) {
    Option option = mock(Option.class);
    when(option.getSequence()).thenReturn(sequence);
    when(option.getValue()).thenReturn("level " + (sequence + 1));
    return option;
  }

  private List<Issue> issues() {
    List<Issue> issues = new ArrayList<>();
    for (long id = 1; id <= N; id++) {
      issues.add(riskIssue(id));
    }
    return issues;
  }

  @Test
  public void
      bothFields_shouldLookSettingsUpAndResolveFieldsOnce_whenNIssuesOfOneProjectAreIndexed() {
    // given
    List<Issue> issues = issues();

    // when: a re-index reads both fields of every issue (the level field also renders)
    for (Issue issue : issues) {
      assertThat(score.getValueFromIssue(null, issue)).isEqualTo(0.28);
      assertThat(level.getValueFromIssue(null, issue)).isEqualTo("High");
    }

    // then: one settings look-up (by project id, never by key), one model look-up, one field
    // resolution for the project
    verify(settings, times(1)).effectiveOf(PROJECT_ID);
    verify(models, times(1)).find(3L);
    verify(customFieldManager, times(1)).getCustomFieldObject("customfield_1");
    verify(customFieldManager, times(1)).getCustomFieldObject("customfield_2");
    verify(reader, times(1)).resolve(mapping);
  }

  @Test
  public void bothFields_shouldAssessEachIssueOnce_whenBothFieldsAndTheLevelLozengeAreRead() {
    // given
    Issue issue = riskIssue(7);

    // when
    score.getValueFromIssue(null, issue);
    level.getValueFromIssue(null, issue);
    level.getVelocityParameters(issue, null, null);

    // then
    verify(reader, times(1)).read(eq(issue), eq(mapping), any(), any());
    verify(issue, times(1)).getCustomFieldValue(probabilityField);
  }

  @Test
  public void assess_shouldReassess_whenTheIssueWasUpdated() {
    // given
    Issue issue = riskIssue(7);
    score.getValueFromIssue(null, issue);

    // when: saved with a new impact
    when(issue.getUpdated()).thenReturn(new Timestamp(1_800_000_000_000L));
    Option veryHigh = option(4L);
    when(issue.getCustomFieldValue(impactField)).thenReturn(veryHigh);

    // then: 0.7 x 0.8
    assertThat(score.getValueFromIssue(null, issue)).isEqualTo(0.56);
  }

  @Test
  public void assess_shouldKeepTheResolvedFields_whenRecheckedAndNothingChanged() {
    // given
    List<Issue> issues = issues();
    score.getValueFromIssue(null, issues.get(0));

    // when: later, after the revalidation interval
    nanos.addAndGet(IssueRiskAssessments.REVALIDATE_AFTER.toNanos());
    score.getValueFromIssue(null, issues.get(1));

    // then: the stores were asked again, the fields were not resolved again
    verify(settings, times(2)).effectiveOf(PROJECT_ID);
    verify(customFieldManager, times(1)).getCustomFieldObject("customfield_1");
  }

  @Test
  public void assess_shouldPickUpChangedSettings_afterTheRevalidationInterval() {
    // given: scored under the first mapping
    Issue issue = riskIssue(7);
    assertThat(score.getValueFromIssue(null, issue)).isEqualTo(0.28);

    // when: an admin maps the impact to another field (settings version 2)
    CustomField otherImpact = mock(CustomField.class);
    when(customFieldManager.getCustomFieldObject("customfield_3")).thenReturn(otherImpact);
    Option veryLow = option(0L);
    when(issue.getCustomFieldValue(otherImpact)).thenReturn(veryLow);
    settingsVersion(
        2L,
        RiskFieldMapping.builder()
            .riskIssueTypeIds(Set.of("10100"))
            .inherent(RatingFieldIds.of("customfield_1", ImpactDimension.COST, "customfield_3"))
            .build());
    Double withinInterval = score.getValueFromIssue(null, issue);
    nanos.addAndGet(IssueRiskAssessments.REVALIDATE_AFTER.toNanos());
    Double after = score.getValueFromIssue(null, issue);

    // then: 0.7 x 0.05 = 0.035, to two places, once the interval has passed
    assertThat(withinInterval).isEqualTo(0.28);
    assertThat(after).isEqualTo(0.04);
  }

  @Test
  public void assess_shouldPickUpANewModelVersion_afterTheRevalidationInterval() {
    // given
    Issue issue = riskIssue(7);
    score.getValueFromIssue(null, issue);

    // when: the model is saved again (version 2), a different matrix
    when(models.find(3L)).thenReturn(Optional.of(FormulaModel.pmbokDefault().withIdentity(3L, 2L)));
    nanos.addAndGet(IssueRiskAssessments.REVALIDATE_AFTER.toNanos());
    score.getValueFromIssue(null, issue);

    // then: the project was rebuilt (fields resolved again) for the new model version
    verify(reader, times(2)).resolve(mapping);
  }

  @Test
  public void assess_shouldRememberAtMostTheBoundOfProjects() {
    // given: more projects than the memo holds, none configured
    for (long id = 1; id <= IssueRiskAssessments.MAX_PROJECTS + 5; id++) {
      Issue issue = riskIssue(id);
      when(issue.getProjectId()).thenReturn(PROJECT_ID + id);
      target.assess(issue);
    }

    // when: the first project again, within the interval
    Issue first = riskIssue(1);
    when(first.getProjectId()).thenReturn(PROJECT_ID + 1);
    target.assess(first);

    // then: it had been forgotten (the memo was emptied when full), so it was looked up again
    verify(settings, times(2)).effectiveOf(PROJECT_ID + 1);
  }
}
