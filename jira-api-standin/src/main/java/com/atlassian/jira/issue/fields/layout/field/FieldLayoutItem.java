package com.atlassian.jira.issue.fields.layout.field;

/**
 * Stand-in for a field's entry in a field configuration; passed through only. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/fields/layout/field/FieldLayoutItem.html
 * [unverified].
 */
public interface FieldLayoutItem {
  boolean isHidden();

  boolean isRequired();
}
