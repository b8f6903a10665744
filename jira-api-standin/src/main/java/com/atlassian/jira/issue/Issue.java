package com.atlassian.jira.issue;

import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.priority.Priority;
import com.atlassian.jira.issue.resolution.Resolution;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import java.sql.Timestamp;
import java.util.Collection;

/**
 * Stand-in for a Jira issue (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/Issue.html
 * [unverified].
 */
public interface Issue {
  Long getId();

  String getKey();

  String getSummary();

  String getDescription();

  Status getStatus();

  Resolution getResolution();

  Priority getPriority();

  IssueType getIssueType();

  Project getProjectObject();

  Long getProjectId();

  ApplicationUser getAssignee();

  String getAssigneeId();

  ApplicationUser getReporter();

  Timestamp getCreated();

  Timestamp getUpdated();

  Timestamp getDueDate();

  Timestamp getResolutionDate();

  Issue getParentObject();

  boolean isSubTask();

  Collection<Issue> getSubTaskObjects();

  Object getCustomFieldValue(CustomField customField);

  /** The issue's security level id; null when it has none (same page). */
  Long getSecurityLevelId();

  /** Original estimate in seconds; null when not estimated (same page). */
  Long getOriginalEstimate();

  /** Remaining estimate in seconds; null when none (same page). */
  Long getEstimate();

  /** Time spent in seconds; null when none logged (same page). */
  Long getTimeSpent();

  /**
   * The issue's components; empty when none (same page; {@code Collection<ProjectComponent>
   * getComponents()} since 7.0, as Jira's issue implementations in the public code index show).
   */
  Collection<ProjectComponent> getComponents();
}
