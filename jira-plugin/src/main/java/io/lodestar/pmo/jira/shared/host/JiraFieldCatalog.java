package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.lodestar.pmo.app.shared.host.CatalogEntry;
import io.lodestar.pmo.app.shared.host.FieldCatalog;
import io.lodestar.pmo.app.shared.host.SystemFields;
import io.lodestar.pmo.app.shared.host.Texts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link FieldCatalog} on Jira's {@link ConstantsManager} (issue types) and {@link
 * CustomFieldManager} (custom fields), plus the {@link SystemFields} a mapping may name. Both
 * managers answer from Jira's caches; nothing is searched.
 */
public final class JiraFieldCatalog implements FieldCatalog {

  private final ConstantsManager constantsManager;
  private final CustomFieldManager customFieldManager;
  private final Texts texts;

  public JiraFieldCatalog(
      ConstantsManager constantsManager, CustomFieldManager customFieldManager, Texts texts) {
    this.constantsManager = Objects.requireNonNull(constantsManager, "constantsManager");
    this.customFieldManager = Objects.requireNonNull(customFieldManager, "customFieldManager");
    this.texts = Objects.requireNonNull(texts, "texts");
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
