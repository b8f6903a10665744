package io.lodestar.pmo.jira.risk.customfield.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.project.Project;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.jira.risk.source.IssueFieldReader;
import io.lodestar.pmo.jira.risk.source.JiraRawRiskReader;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraIssueRiskReaderTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private CustomFieldManager customFieldManager;
  @Mock private CustomField probabilityField;
  @Mock private CustomField impactField;
  @Mock private Issue issue;
  @Mock private Project project;

  private final RiskFieldMapping mapping =
      RiskFieldMapping.builder()
          .inherent(RatingFieldIds.of("customfield_1", ImpactDimension.COST, "customfield_2"))
          .build();

  private JiraIssueRiskReader target;

  @Before
  public void setUp() {
    when(customFieldManager.getCustomFieldObject("customfield_1")).thenReturn(probabilityField);
    when(customFieldManager.getCustomFieldObject("customfield_2")).thenReturn(impactField);
    when(issue.getKey()).thenReturn("ALPHA-1");
    when(issue.getSummary()).thenReturn("Supplier fails");
    when(issue.getProjectObject()).thenReturn(project);
    when(project.getKey()).thenReturn("ALPHA");
    target =
        new JiraIssueRiskReader(new JiraRawRiskReader(new IssueFieldReader(customFieldManager)));
  }

  @Test
  public void read_shouldRateTheIssueOnTheModelsScales_whenMappedSelectFieldsAreSet() {
    // given: the 4th and 5th options of the probability and cost impact select lists
    Option high = option(3L, "High");
    Option veryHigh = option(4L, "Very high");
    when(issue.getCustomFieldValue(probabilityField)).thenReturn(high);
    when(issue.getCustomFieldValue(impactField)).thenReturn(veryHigh);

    // when
    Optional<Risk> risk = target.read(issue, mapping, FormulaModel.pmbokDefault());

    // then
    assertThat(risk).isPresent();
    assertThat(risk.get().issueKey()).isEqualTo("ALPHA-1");
    assertThat(risk.get().title()).isEqualTo("Supplier fails");
    assertThat(risk.get().inherent()).isEqualTo(RiskRating.of(4, ImpactDimension.COST, 5));
  }

  @Test
  public void read_shouldLeaveTheRatingUnrated_whenAnOptionLiesBeyondTheScale() {
    // given: option 7 on a 5-level scale (a mapping problem, not an exception)
    Option extreme = option(6L, "Extreme");
    Option veryLow = option(0L, "Very low");
    when(issue.getCustomFieldValue(probabilityField)).thenReturn(extreme);
    when(issue.getCustomFieldValue(impactField)).thenReturn(veryLow);

    // when
    Risk risk = target.read(issue, mapping, FormulaModel.pmbokDefault()).orElseThrow();

    // then
    assertThat(risk.inherent().probabilityRank()).isEmpty();
  }

  @Test
  public void read_shouldGiveNothing_whenIssueHasNoKeyYet() {
    when(issue.getKey()).thenReturn(null);

    assertThat(target.read(issue, mapping, FormulaModel.pmbokDefault())).isEmpty();
  }

  @Test
  public void read_shouldGiveNothing_whenIssueHasNoProject() {
    when(issue.getProjectObject()).thenReturn(null);

    assertThat(target.read(issue, mapping, FormulaModel.pmbokDefault())).isEmpty();
  }

  private static Option option(long sequence, String value) {
    Option option = mock(Option.class);
    when(option.getSequence()).thenReturn(sequence);
    when(option.getValue()).thenReturn(value);
    return option;
  }
}
