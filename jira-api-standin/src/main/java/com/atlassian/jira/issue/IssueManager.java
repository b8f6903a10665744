package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/**
 * Stand-in for Jira's issue manager (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/IssueManager.html
 * [unverified].
 */
public interface IssueManager {
  MutableIssue getIssueObject(Long id);

  MutableIssue getIssueObject(String key);

  MutableIssue getIssueByCurrentKey(String key);

  List<Issue> getIssueObjects(Collection<Long> ids);

  long getIssueCountForProject(Long projectId);
}
