package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in for a configuration item of a custom field type (e.g. default value, options). Checked
 * against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/fields/config/FieldConfigItemType.html
 * [unverified].
 */
public interface FieldConfigItemType {
  String getDisplayName();

  String getDisplayNameKey();

  String getObjectKey();
}
