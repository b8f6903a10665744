package com.atlassian.jira.bc.project.component;

/**
 * Stand-in for a project's component (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/bc/project/component/ProjectComponent.html
 * [unverified: the 11.3 page was not retrieved] and Jira issue implementations in the public code
 * index, whose {@code Issue.getComponents()} returns {@code Collection<ProjectComponent>} (since
 * 7.0; {@code getComponentObjects()} is its deprecated alias). {@code @PublicApi public interface
 * ProjectComponent}; {@code String getName()}, {@code Long getId()}, {@code Long getProjectId()}.
 */
public interface ProjectComponent {
  Long getId();

  String getName();

  Long getProjectId();
}
