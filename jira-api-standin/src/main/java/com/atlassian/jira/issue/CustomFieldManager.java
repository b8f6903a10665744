package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;
import java.util.List;

/**
 * Stand-in for Jira's custom field manager (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/CustomFieldManager.html
 * [unverified].
 */
public interface CustomFieldManager {
  CustomField getCustomFieldObject(Long id);

  /** Key form {@code customfield_10010}. */
  CustomField getCustomFieldObject(String key);

  Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

  List<CustomField> getCustomFieldObjects();

  List<CustomField> getCustomFieldObjects(Issue issue);
}
