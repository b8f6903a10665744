package com.atlassian.jira.issue.priority;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for an issue priority. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/priority/Priority.html
 * [unverified].
 */
public interface Priority extends IssueConstant {}
