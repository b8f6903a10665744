package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.IssueContextImpl;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.customfields.manager.OptionsManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.customfields.option.Options;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfig;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.lodestar.pmo.app.shared.host.CatalogEntry;
import io.lodestar.pmo.app.shared.host.FieldCatalog;
import io.lodestar.pmo.app.shared.host.FieldOptions;
import io.lodestar.pmo.app.shared.host.SystemFields;
import io.lodestar.pmo.app.shared.host.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link FieldCatalog} on Jira's {@link ConstantsManager} (issue types) and {@link
 * CustomFieldManager} (custom fields), plus the {@link SystemFields} a mapping may name, and a
 * select field's options from {@link OptionsManager}. The managers answer from Jira's caches;
 * nothing is searched.
 */
public final class JiraFieldCatalog implements FieldCatalog {

  private final ConstantsManager constantsManager;
  private final CustomFieldManager customFieldManager;
  private final Texts texts;
  private final OptionsManager optionsManager;

  public JiraFieldCatalog(
      ConstantsManager constantsManager,
      CustomFieldManager customFieldManager,
      Texts texts,
      OptionsManager optionsManager) {
    this.constantsManager = Objects.requireNonNull(constantsManager, "constantsManager");
    this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.optionsManager = Objects.requireNonNull(optionsManager, "optionsManager");
  }

  /**
   * The options of a select-list or radio-button field in its global configuration (the context
   * without project and issue type), in Jira's configured order, which is the order the risk reader
   * ranks by ({@code getSequence() + 1}); disabled options keep their place.
   */
  @Override
  public FieldOptions options(String fieldId) {
    CustomField field = customFieldManager.getCustomFieldObject(fieldId);
    if (field == null || !isSelect(field)) {
      return FieldOptions.NONE;
    }
    FieldConfig config = field.getRelevantConfig(new IssueContextImpl((Long) null, (String) null));
    Options options = config == null ? null : optionsManager.getOptions(config);
    if (options == null) {
      return FieldOptions.NONE;
    }
    List<String> labels = new ArrayList<>();
    for (Option option : options) {
      if (option != null && option.getValue() != null && !labels.contains(option.getValue())) {
        labels.add(option.getValue());
      }
    }
    return new FieldOptions(labels, true);
  }

  private static boolean isSelect(CustomField field) {
    CustomFieldType<?, ?> type = field.getCustomFieldType();
    String key = type == null || type.getKey() == null ? "" : type.getKey();
    return key.endsWith(":select") || key.endsWith(":radiobuttons");
  }

  @Override
  public List<CatalogEntry> issueTypes() {
    List<CatalogEntry> types = new ArrayList<>();
    for (IssueType type : constantsManager.getAllIssueTypeObjects()) {
      if (type != null && type.getId() != null) {
        types.add(
            new CatalogEntry(
                type.getId(),
                Objects.requireNonNullElse(type.getName(), type.getId()),
                type.isSubTask() ? "subtask" : "standard"));
      }
    }
    return SystemFields.sortedByName(types);
  }

  @Override
  public List<CatalogEntry> fields() {
    List<CatalogEntry> fields = new ArrayList<>(SystemFields.catalogEntries(texts));
    for (CustomField field : customFieldManager.getCustomFieldObjects()) {
      if (field != null && field.getId() != null) {
        CustomFieldType<?, ?> type = field.getCustomFieldType();
        String typeKey = type == null || type.getKey() == null ? "" : type.getKey();
        fields.add(
            new CatalogEntry(
                field.getId(),
                Objects.requireNonNullElse(field.getName(), field.getId()),
                typeKey));
      }
    }
    return SystemFields.sortedByName(fields);
  }
}
