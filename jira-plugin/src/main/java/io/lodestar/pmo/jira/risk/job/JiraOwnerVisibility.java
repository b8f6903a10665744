package io.lodestar.pmo.jira.risk.job;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.pmo.engine.risk.port.OwnerVisibility;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's {@link OwnerVisibility} on Jira's issue-level browse check (issue security
 * included).
 */
public final class JiraOwnerVisibility implements OwnerVisibility {

  private final JiraUsers users;
  private final IssueManager issueManager;
  private final PermissionManager permissionManager;

  public JiraOwnerVisibility(
      JiraUsers users, IssueManager issueManager, PermissionManager permissionManager) {
    this.users = Objects.requireNonNull(users, "users");
    this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
    this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
  }

  @Override
  public boolean mayBrowse(String ownerKey, String issueKey) {
    Optional<ApplicationUser> owner = users.byKey(ownerKey);
    if (owner.isEmpty() || issueKey == null) {
      return false;
    }
    Issue issue = issueManager.getIssueObject(issueKey);
    return issue != null
        && permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, owner.get());
  }
}
