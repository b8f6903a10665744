package com.atlassian.jira.issue.resolution;

import com.atlassian.jira.issue.IssueConstant;

/**
 * Stand-in for an issue resolution. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/resolution/Resolution.html
 * [unverified].
 */
public interface Resolution extends IssueConstant {}
