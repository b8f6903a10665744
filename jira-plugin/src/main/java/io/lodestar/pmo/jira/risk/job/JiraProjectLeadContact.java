package io.lodestar.pmo.jira.risk.job;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import io.lodestar.pmo.engine.risk.port.UnownedRiskContact;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's {@link UnownedRiskContact} on Jira: the project lead ({@code
 * Project#getLeadUserKey}), who is reminded of the project's overdue risks that have no owner.
 */
public final class JiraProjectLeadContact implements UnownedRiskContact {

  private final ProjectManager projectManager;

  public JiraProjectLeadContact(ProjectManager projectManager) {
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
  }

  @Override
  public Optional<String> contactFor(String projectKey) {
    Project project = projectManager.getProjectObjByKey(projectKey);
    return project == null ? Optional.empty() : Optional.ofNullable(project.getLeadUserKey());
  }
}
