package io.lodestar.pmo.jira.host.jira;

import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.lodestar.pmo.jira.host.jira.risk.IssueFieldReader;
import io.lodestar.pmo.jira.shared.host.CatalogEntry;
import io.lodestar.pmo.jira.shared.host.FieldCatalog;
import io.lodestar.pmo.jira.shared.host.Texts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * {@link FieldCatalog} on Jira's {@link ConstantsManager} (issue types) and {@link
 * CustomFieldManager} (custom fields), plus the system fields {@link IssueFieldReader} can read
 * (assignee, reporter, due date), named through Lodestar's bundle. Both managers answer from Jira's
 * caches; nothing is searched.
 */
public final class JiraFieldCatalog implements FieldCatalog {

  /** Type of a system field entry: {@code system:} followed by the field id. */
  static final String SYSTEM = "system:";

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
    return sorted(types);
  }

  @Override
  public List<CatalogEntry> fields() {
    List<CatalogEntry> fields = new ArrayList<>();
    for (String id :
        List.of(IssueFieldReader.ASSIGNEE, IssueFieldReader.REPORTER, IssueFieldReader.DUE_DATE)) {
      fields.add(new CatalogEntry(id, systemFieldName(id), SYSTEM + id));
    }
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
    return sorted(fields);
  }

  private String systemFieldName(String id) {
    return switch (id) {
      case IssueFieldReader.ASSIGNEE -> texts.text("lodestar.risk.catalog.field.assignee");
      case IssueFieldReader.REPORTER -> texts.text("lodestar.risk.catalog.field.reporter");
      default -> texts.text("lodestar.risk.catalog.field.duedate");
    };
  }

  private static List<CatalogEntry> sorted(List<CatalogEntry> entries) {
    entries.sort(
        Comparator.comparing((CatalogEntry e) -> e.name().toLowerCase(Locale.ROOT))
            .thenComparing(CatalogEntry::id));
    return List.copyOf(entries);
  }
}
