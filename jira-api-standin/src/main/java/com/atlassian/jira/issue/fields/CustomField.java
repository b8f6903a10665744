package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.context.IssueContext;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.config.FieldConfig;

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

  /**
   * The configuration (context) that applies in {@code issueContext}; from the sample code of
   * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/fields/config/FieldConfig.html
   * [unverified].
   */
  FieldConfig getRelevantConfig(IssueContext issueContext);
}
