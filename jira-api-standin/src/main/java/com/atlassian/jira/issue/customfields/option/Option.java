package com.atlassian.jira.issue.customfields.option;

/**
 * Stand-in for a select-list option (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/option/Option.html
 * [unverified].
 */
public interface Option {
  Long getOptionId();

  Long getSequence();

  String getValue();

  Boolean getDisabled();
}
