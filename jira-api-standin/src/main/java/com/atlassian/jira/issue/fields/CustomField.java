package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;

/**
 * Stand-in for a custom field (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/fields/CustomField.html
 * [unverified].
 */
public interface CustomField {
  String getId();

  Long getIdAsLong();

  String getName();

  String getUntranslatedName();

  Object getValue(Issue issue);

  CustomFieldType getCustomFieldType();
}
