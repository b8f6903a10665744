package com.atlassian.jira.issue.customfields;

/**
 * Stand-in for the custom field searcher SPI; Lodestar names searcher classes only in
 * atlassian-plugin.xml and declares no members of it. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/CustomFieldSearcher.html
 * [unverified].
 */
public interface CustomFieldSearcher {}
