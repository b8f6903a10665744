package io.lodestar.pmo.jira.portfolio.index;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.Objects;
import java.util.function.Function;

/** A Jira project's id by its key ({@link ProjectManager#getProjectObjByKey}); null when none. */
public final class JiraProjectIds implements Function<String, Long> {

  private final ProjectManager projects;

  public JiraProjectIds(ProjectManager projects) {
    this.projects = Objects.requireNonNull(projects, "projects");
  }

  @Override
  public Long apply(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    Project project = projects.getProjectObjByKey(key);
    return project == null ? null : project.getId();
  }
}
