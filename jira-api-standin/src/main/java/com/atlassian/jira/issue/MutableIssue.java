package com.atlassian.jira.issue;

/**
 * Stand-in for an editable issue; we only read through it. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/MutableIssue.html
 * [unverified].
 */
public interface MutableIssue extends Issue {}
