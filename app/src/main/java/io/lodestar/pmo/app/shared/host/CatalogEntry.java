package io.lodestar.pmo.app.shared.host;

import java.util.Objects;

/**
 * An issue type or a field as the admin page's pickers list it.
 *
 * @param id the host id (Jira: issue type id such as {@code 10001}; field id such as {@code
 *     customfield_10010} or {@code duedate}); never null
 * @param name the display name; never null
 * @param type what kind it is: for fields the custom field type key (Jira: e.g. {@code
 *     com.atlassian.jira.plugin.system.customfieldtypes:select}) or {@code system:<id>} for a
 *     system field; for issue types {@code subtask} or {@code standard}; never null
 */
public record CatalogEntry(String id, String name, String type) {
  public CatalogEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
