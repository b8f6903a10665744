package com.atlassian.jira.issue.fields.config;

/**
 * Stand-in for a custom field's configuration (context); passed through only. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * [unverified].
 */
public interface FieldConfig {
  Long getId();

  String getName();
}
