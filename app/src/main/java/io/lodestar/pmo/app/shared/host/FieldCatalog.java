package io.lodestar.pmo.app.shared.host;

import java.util.List;

/**
 * The host's issue types and the fields a risk mapping can name, for the admin page's pickers. Both
 * lists are instance-wide configuration (tens to a few thousand entries), held in memory by the
 * host, so each answer is one list.
 */
public interface FieldCatalog {

  /**
   * @return every issue type, by name; never null
   */
  List<CatalogEntry> issueTypes();

  /**
   * @return the fields a mapping may name: every custom field, and the system fields the risk
   *     mapping supports (Jira: {@code assignee}, {@code reporter}, {@code duedate}), by name;
   *     never null
   */
  List<CatalogEntry> fields();

  /**
   * @param fieldId a field id of {@link #fields()}
   * @return the field's select options (Jira: of its default configuration context), {@link
   *     FieldOptions#NONE} for a field that is no select field or unknown; never null
   */
  default FieldOptions options(String fieldId) {
    return FieldOptions.NONE;
  }
}
