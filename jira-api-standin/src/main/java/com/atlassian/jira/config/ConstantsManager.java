package com.atlassian.jira.config;

import com.atlassian.jira.issue.issuetype.IssueType;
import java.util.Collection;

/**
 * Stand-in for Jira's manager of issue types, statuses, priorities and resolutions (members we use
 * only). Checked against
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/config/ConstantsManager.html ({@code
 * Collection<IssueType> getAllIssueTypeObjects()}).
 */
public interface ConstantsManager {

  /** Every issue type, sub-task types included. */
  Collection<IssueType> getAllIssueTypeObjects();
}
