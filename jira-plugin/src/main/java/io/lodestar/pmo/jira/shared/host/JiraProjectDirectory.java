package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ProjectDirectory} on Jira's project manager. A key matches the project's current key or
 * any of its previous keys, ignoring case ({@code ProjectManager.getProjectObjByKeyIgnoreCase}), so
 * links made before a project was renamed keep working; the returned {@link ProjectRef} always
 * carries the current key.
 */
public final class JiraProjectDirectory implements ProjectDirectory {

  private final ProjectManager projectManager;
  private final PermissionManager permissionManager;
  private final JiraUsers users;

  public JiraProjectDirectory(
      ProjectManager projectManager, PermissionManager permissionManager, JiraUsers users) {
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
    this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public Optional<ProjectRef> byKey(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(projectManager.getProjectObjByKeyIgnoreCase(key.trim()))
        .map(JiraProjectDirectory::toRef);
  }

  @Override
  public List<ProjectRef> browsableBy(HostUser user) {
    ApplicationUser jiraUser = null;
    if (user != null) {
      Optional<ApplicationUser> known = users.toJiraUser(user);
      if (known.isEmpty()) {
        return List.of();
      }
      jiraUser = known.get();
    }
    return permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, jiraUser).stream()
        .map(JiraProjectDirectory::toRef)
        .sorted(Comparator.comparing(ProjectRef::key))
        .toList();
  }

  static ProjectRef toRef(Project project) {
    return new ProjectRef(project.getId(), project.getKey(), project.getName());
  }
}
