package com.atlassian.jira.issue;

/**
 * Stand-in for the common super-interface of statuses, issue types, priorities and resolutions
 * (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/IssueConstant.html
 * [unverified].
 */
public interface IssueConstant {
  String getId();

  String getName();

  String getDescription();

  Long getSequence();

  String getNameTranslation();
}
