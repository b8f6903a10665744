package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.pmo.app.shared.host.GroupNames;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link HostPermissions} on Jira's permission managers: BROWSE_PROJECTS and ADMINISTER_PROJECTS
 * per project, the ADMINISTER global permission, and group membership (the user's group names from
 * Jira, matched by Lodestar's one rule, {@link GroupNames}, as the sandbox matches them).
 *
 * <p>A null user is asked about as Jira's anonymous user (Jira answers from the permission scheme,
 * e.g. "Anyone" may browse). A user whose key Jira no longer knows, or a project Jira no longer
 * has, gets {@code false} everywhere.
 */
public final class JiraHostPermissions implements HostPermissions {

  private final PermissionManager permissionManager;
  private final GlobalPermissionManager globalPermissionManager;
  private final GroupManager groupManager;
  private final ProjectManager projectManager;
  private final JiraUsers users;

  public JiraHostPermissions(
      PermissionManager permissionManager,
      GlobalPermissionManager globalPermissionManager,
      GroupManager groupManager,
      ProjectManager projectManager,
      JiraUsers users) {
    this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
    this.globalPermissionManager =
        Objects.requireNonNull(globalPermissionManager, "globalPermissionManager");
    this.groupManager = Objects.requireNonNull(groupManager, "groupManager");
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public boolean mayBrowse(HostUser user, ProjectRef project) {
    return hasProjectPermission(ProjectPermissions.BROWSE_PROJECTS, user, project);
  }

  @Override
  public boolean mayAdminister(HostUser user, ProjectRef project) {
    return hasProjectPermission(ProjectPermissions.ADMINISTER_PROJECTS, user, project);
  }

  @Override
  public boolean mayCreateIssues(HostUser user, ProjectRef project) {
    return hasProjectPermission(ProjectPermissions.CREATE_ISSUES, user, project);
  }

  @Override
  public boolean isHostAdmin(HostUser user) {
    return users
        .toJiraUser(user)
        .map(u -> globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, u))
        .orElse(false);
  }

  @Override
  public boolean isInGroup(HostUser user, String group) {
    if (GroupNames.canonical(group) == null) {
      return false;
    }
    return users
        .toJiraUser(user)
        .map(u -> groupManager.getGroupNamesForUser(u))
        .map(names -> names != null && names.stream().anyMatch(n -> GroupNames.same(n, group)))
        .orElse(false);
  }

  private boolean hasProjectPermission(ProjectPermissionKey key, HostUser user, ProjectRef ref) {
    if (ref == null) {
      return false;
    }
    Project project = projectManager.getProjectObj(ref.id());
    if (project == null) {
      return false;
    }
    if (user == null) {
      return permissionManager.hasPermission(key, project, null);
    }
    Optional<ApplicationUser> jiraUser = users.toJiraUser(user);
    return jiraUser.map(u -> permissionManager.hasPermission(key, project, u)).orElse(false);
  }
}
