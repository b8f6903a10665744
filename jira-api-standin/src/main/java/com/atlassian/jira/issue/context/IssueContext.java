package com.atlassian.jira.issue.context;

/**
 * Stand-in for a (project, issue type) context; passed through only. Checked against the sample
 * code of
 * https://docs.atlassian.com/DAC/javadoc/jira/reference/com/atlassian/jira/issue/fields/config/FieldConfig.html
 * ("cf.getRelevantConfig(issueContext)") [unverified].
 */
public interface IssueContext {}
