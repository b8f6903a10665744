package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.lodestar.pmo.app.shared.host.CatalogEntry;
import io.lodestar.pmo.app.shared.host.FieldOptions;
import io.lodestar.pmo.app.shared.host.Texts;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraFieldCatalogTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private ConstantsManager constantsManager;
  @Mock private CustomFieldManager customFieldManager;
  @Mock private Texts texts;
  @Mock private OptionsManager optionsManager;

  private JiraFieldCatalog target;

  @Before
  public void setUp() {
    when(texts.text(anyString())).thenAnswer(inv -> inv.getArgument(0));
    target = new JiraFieldCatalog(constantsManager, customFieldManager, texts, optionsManager);
  }

  private static IssueType type(String id, String name, boolean subTask) {
    IssueType type = mock(IssueType.class);
    when(type.getId()).thenReturn(id);
    when(type.getName()).thenReturn(name);
    when(type.isSubTask()).thenReturn(subTask);
    return type;
  }

  @Test
  public void issueTypes_shouldListEveryTypeByName_withItsKind() {
    // given
    List<IssueType> types = List.of(type("10003", "Sub-task", true), type("10100", "Risk", false));
    when(constantsManager.getAllIssueTypeObjects()).thenReturn(types);

    // when / then
    assertThat(target.issueTypes())
        .containsExactly(
            new CatalogEntry("10100", "Risk", "standard"),
            new CatalogEntry("10003", "Sub-task", "subtask"));
  }

  @Test
  public void fields_shouldListCustomFieldsWithTheirTypeKey_andTheSupportedSystemFields() {
    // given
    CustomField probability = mock(CustomField.class);
    CustomFieldType<?, ?> select = mock(CustomFieldType.class);
    when(select.getKey()).thenReturn("com.atlassian.jira.plugin.system.customfieldtypes:select");
    when(probability.getId()).thenReturn("customfield_10010");
    when(probability.getName()).thenReturn("Probability");
    org.mockito.Mockito.doReturn(select).when(probability).getCustomFieldType();
    when(customFieldManager.getCustomFieldObjects()).thenReturn(List.of(probability));

    // when
    List<CatalogEntry> fields = target.fields();

    // then: sorted by name (the texts answer their keys here)
    assertThat(fields)
        .containsExactly(
            new CatalogEntry("assignee", "lodestar.risk.catalog.field.assignee", "system:assignee"),
            new CatalogEntry("duedate", "lodestar.risk.catalog.field.duedate", "system:duedate"),
            new CatalogEntry("reporter", "lodestar.risk.catalog.field.reporter", "system:reporter"),
            new CatalogEntry(
                "customfield_10010",
                "Probability",
                "com.atlassian.jira.plugin.system.customfieldtypes:select"));
  }

  private CustomField field(String id, String typeKey) {
    CustomField field = mock(CustomField.class);
    CustomFieldType<?, ?> type = mock(CustomFieldType.class);
    when(type.getKey()).thenReturn(typeKey);
    when(field.getId()).thenReturn(id);
    org.mockito.Mockito.doReturn(type).when(field).getCustomFieldType();
    when(customFieldManager.getCustomFieldObject(id)).thenReturn(field);
    return field;
  }

  private static Option option(String value) {
    Option option = mock(Option.class);
    when(option.getValue()).thenReturn(value);
    return option;
  }

  @Test
  public void options_shouldListASelectFieldsOptionsInJirasOrder_fromItsGlobalContext() {
    // given
    CustomField probability =
        field("customfield_10010", "com.atlassian.jira.plugin.system.customfieldtypes:select");
    FieldConfig config = mock(FieldConfig.class);
    when(probability.getRelevantConfig(any(IssueContext.class))).thenReturn(config);
    Options options = mock(Options.class);
    List<Option> list = List.of(option("Low"), option("Moderate"), option("High"));
    when(options.iterator()).thenAnswer(i -> list.iterator());
    when(optionsManager.getOptions(config)).thenReturn(options);

    // when
    FieldOptions found = target.options("customfield_10010");

    // then
    assertThat(found.labels()).containsExactly("Low", "Moderate", "High");
    assertThat(found.ordered()).isTrue();
  }

  @Test
  public void options_shouldBeNone_whenTheFieldIsNoSelectList() {
    field("customfield_10011", "com.atlassian.jira.plugin.system.customfieldtypes:float");

    assertThat(target.options("customfield_10011")).isEqualTo(FieldOptions.NONE);
    assertThat(target.options("customfield_99999")).isEqualTo(FieldOptions.NONE);
    org.mockito.Mockito.verifyNoInteractions(optionsManager);
  }
}
