package com.atlassian.jira.project;

import java.util.List;

/**
 * Stand-in for Jira's project manager (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/project/ProjectManager.html
 * [unverified].
 */
public interface ProjectManager {
  List<Project> getProjectObjects();

  Project getProjectObj(Long id);

  Project getProjectObjByKey(String projectKey);

  Project getProjectByCurrentKey(String projectKey);

  /**
   * The project whose current or any previous key equals {@code projectKey}, ignoring case; null
   * when none. Checked against
   * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/project/ProjectManager.html
   * and Jira's own ProjectManager source ("Matches also by previous keys that were associated with
   * a project").
   */
  Project getProjectObjByKeyIgnoreCase(String projectKey);

  long getProjectCount();
}
