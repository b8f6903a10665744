package com.atlassian.jira.issue.issuetype;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for an issue type. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/issuetype/IssueType.html
 * [unverified].
 */
public interface IssueType extends IssueConstant {
  boolean isSubTask();
}
