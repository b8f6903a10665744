package io.lodestar.pmo.jira.portfolio.index;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.util.Collection;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link ViewerGrants} on Jira: the projects of {@link PermissionManager#getProjects} with
 * BROWSE_PROJECTS and the levels of {@link IssueSecurityLevelManager#getAllSecurityLevelsForUser}.
 * Two calls per request, whatever the number of issues. Anonymous viewers get Jira's anonymous
 * grants (a null user); a viewer key Jira does not know gets none.
 */
public final class JiraViewerGrants implements ViewerGrants {

  private final PermissionManager permissions;
  private final IssueSecurityLevelManager levels;
  private final JiraUsers users;

  public JiraViewerGrants(
      PermissionManager permissions, IssueSecurityLevelManager levels, JiraUsers users) {
    this.permissions = Objects.requireNonNull(permissions, "permissions");
    this.levels = Objects.requireNonNull(levels, "levels");
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public Grants of(HostUser viewer) {
    ApplicationUser user = null;
    if (viewer != null) {
      Optional<ApplicationUser> known = users.toJiraUser(viewer);
      if (known.isEmpty()) {
        return new Grants(Set.of(), Set.of());
      }
      user = known.get();
    }
    Set<Long> projectIds = new HashSet<>();
    Collection<Project> projects =
        permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user);
    if (projects != null) {
      for (Project p : projects) {
        if (p != null && p.getId() != null) {
          projectIds.add(p.getId());
        }
      }
    }
    Set<Long> levelIds = new HashSet<>();
    Collection<IssueSecurityLevel> seen = levels.getAllSecurityLevelsForUser(user);
    if (seen != null) {
      for (IssueSecurityLevel l : seen) {
        if (l != null && l.getId() != null) {
          levelIds.add(l.getId());
        }
      }
    }
    return new Grants(projectIds, levelIds);
  }
}
