package io.lodestar.pmo.jira.risk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class IssueFieldReaderTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

  @Mock private CustomFieldManager customFieldManager;
  @Mock private Issue issue;

  private IssueFieldReader target;

  @Before
  public void setUp() {
    target = new IssueFieldReader(customFieldManager, ZONE);
  }

  private static Option option(long sequence, String value) {
    Option o = mock(Option.class);
    when(o.getSequence()).thenReturn(sequence);
    when(o.getValue()).thenReturn(value);
    return o;
  }

  @Test
  public void convert_shouldGiveOneBasedPosition_whenSelectOption() {
    // given: the third option of the list (sequence 2)
    Option high = option(2L, "High");

    // when / then
    assertThat(target.convert(high)).contains(RawValue.option(3, "High"));
  }

  @Test
  public void convert_shouldKeepDecimalValue_whenNumberFieldHoldsDouble() {
    assertThat(target.convert(0.3d)).contains(RawValue.number(new BigDecimal("0.3")));
  }

  @Test
  public void convert_shouldGiveWholeNumber_whenLong() {
    assertThat(target.convert(4L)).contains(RawValue.number(BigDecimal.valueOf(4)));
  }

  @Test
  public void convert_shouldGiveLocalDateInInstanceZone_whenDatePickerTimestamp() {
    // given: date pickers store midnight in the instance's zone
    Timestamp midnight =
        Timestamp.from(LocalDateTime.of(2026, 3, 14, 0, 0).atZone(ZONE).toInstant());

    // when / then
    assertThat(target.convert(midnight)).contains(RawValue.date(LocalDate.of(2026, 3, 14)));
  }

  @Test
  public void convert_shouldGiveUserKeyNotName_whenUserPicker() {
    ApplicationUser owner = mock(ApplicationUser.class);
    when(owner.getKey()).thenReturn("JIRAUSER10200");

    assertThat(target.convert(owner)).contains(RawValue.user("JIRAUSER10200"));
  }

  @Test
  public void convert_shouldTakeFirstValue_whenMultiSelect() {
    Option first = option(0L, "Low");
    Option second = option(1L, "Medium");

    assertThat(target.convert(List.of(first, second))).contains(RawValue.option(1, "Low"));
  }

  @Test
  public void convert_shouldBeEmpty_whenValueIsMissingOrBlank() {
    assertThat(target.convert(null)).isEmpty();
    assertThat(target.convert("  ")).isEmpty();
  }

  @Test
  public void read_shouldLeaveUnknownFieldOut_whenFieldIdIsNotKnownToJira() {
    // given: customfield_1 exists and holds a number, customfield_404 does not exist
    CustomField probability = mock(CustomField.class);
    when(customFieldManager.getCustomFieldObject("customfield_1")).thenReturn(probability);
    when(issue.getCustomFieldValue(probability)).thenReturn(2.0d);

    // when
    Map<String, RawValue> values =
        target.read(
            issue,
            target.resolve(new LinkedHashSet<>(List.of("customfield_1", "customfield_404"))));

    // then
    assertThat(values)
        .containsExactly(Map.entry("customfield_1", RawValue.number(new BigDecimal("2.0"))));
  }

  @Test
  public void read_shouldLeaveFieldOut_whenIssueHasNoValue() {
    CustomField impact = mock(CustomField.class);
    when(customFieldManager.getCustomFieldObject("customfield_2")).thenReturn(impact);

    Map<String, RawValue> values =
        target.read(issue, target.resolve(new LinkedHashSet<>(List.of("customfield_2"))));

    assertThat(values).isEmpty();
  }

  @Test
  public void read_shouldReadSystemFields_whenAssigneeAndDueDateMapped() {
    ApplicationUser assignee = mock(ApplicationUser.class);
    when(assignee.getKey()).thenReturn("u7");
    when(issue.getAssignee()).thenReturn(assignee);
    when(issue.getDueDate())
        .thenReturn(Timestamp.from(LocalDateTime.of(2026, 1, 2, 0, 0).atZone(ZONE).toInstant()));

    Map<String, RawValue> values =
        target.read(issue, target.resolve(new LinkedHashSet<>(List.of("assignee", "duedate"))));

    assertThat(values)
        .containsExactly(
            Map.entry("assignee", RawValue.user("u7")),
            Map.entry("duedate", RawValue.date(LocalDate.of(2026, 1, 2))));
  }
}
