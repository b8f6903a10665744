package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.IssueConstant;
import com.atlassian.jira.issue.status.category.StatusCategory;

/**
 * Stand-in for a workflow status. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/status/Status.html
 * [unverified].
 */
public interface Status extends IssueConstant {
  StatusCategory getStatusCategory();
}
