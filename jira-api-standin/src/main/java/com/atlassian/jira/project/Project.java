package com.atlassian.jira.project;

import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Stand-in for a Jira project (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/project/Project.html
 * [unverified].
 */
public interface Project {
  Long getId();

  String getKey();

  String getName();

  String getDescription();

  ApplicationUser getProjectLead();

  String getLeadUserKey();

  Collection<IssueType> getIssueTypes();

  boolean isArchived();
}
