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

  long getProjectCount();
}
