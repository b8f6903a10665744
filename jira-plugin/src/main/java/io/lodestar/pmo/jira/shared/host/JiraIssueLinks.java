package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.IssueLinks;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IssueLinks} on Jira's issue link manager. Each linked issue is checked with {@code
 * PermissionManager.hasPermission(BROWSE_PROJECTS, issue, user)}, which also applies issue security
 * levels; the ones that fail are only counted. Links are always loaded as a viewer (anonymous
 * included): there is no system-context bypass, so no caller can show or count a linked issue the
 * viewer may not browse other than as hidden.
 */
public final class JiraIssueLinks implements IssueLinks {

  private final IssueManager issueManager;
  private final IssueLinkManager issueLinkManager;
  private final PermissionManager permissionManager;
  private final JiraUsers users;

  public JiraIssueLinks(
      IssueManager issueManager,
      IssueLinkManager issueLinkManager,
      PermissionManager permissionManager,
      JiraUsers users) {
    this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
    this.issueLinkManager = Objects.requireNonNull(issueLinkManager, "issueLinkManager");
    this.permissionManager = Objects.requireNonNull(permissionManager, "permissionManager");
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public Optional<LinkedIssues> linkedTo(String issueKey, HostUser viewer) {
    if (issueKey == null || issueKey.isBlank()) {
      return Optional.empty();
    }
    Optional<ApplicationUser> jiraUser = users.toJiraUser(viewer);
    if (viewer != null && jiraUser.isEmpty()) {
      return Optional.empty();
    }
    ApplicationUser user = jiraUser.orElse(null);
    Issue issue = issueManager.getIssueObject(issueKey.trim());
    if (issue == null || !mayBrowse(issue, user)) {
      return Optional.empty();
    }
    return Optional.of(linksOf(issue, user));
  }

  /**
   * The links of an issue already in hand (for the risk source, which reads issues by search).
   *
   * @param issue the issue; never null
   * @param user the viewer; null for anonymous
   * @return the links the viewer may browse and the count of the others
   */
  public LinkedIssues linksOf(Issue issue, ApplicationUser user) {
    List<LinkedIssue> visible = new ArrayList<>();
    int hidden = 0;
    for (IssueLink link : issueLinkManager.getOutwardLinks(issue.getId())) {
      hidden += add(link, link.getDestinationObject(), true, user, visible);
    }
    for (IssueLink link : issueLinkManager.getInwardLinks(issue.getId())) {
      hidden += add(link, link.getSourceObject(), false, user, visible);
    }
    return new LinkedIssues(visible, hidden);
  }

  /** Adds the other end when visible; returns 1 when it is hidden, else 0. */
  private int add(
      IssueLink link, Issue other, boolean outward, ApplicationUser user, List<LinkedIssue> out) {
    if (link.isSystemLink() || other == null) {
      return 0;
    }
    if (!mayBrowse(other, user)) {
      return 1;
    }
    IssueLinkType type = link.getIssueLinkType();
    out.add(
        new LinkedIssue(
            other.getKey(),
            other.getProjectObject().getKey(),
            Objects.requireNonNullElse(other.getSummary(), ""),
            other.getIssueType().getId(),
            isDone(other.getStatus()),
            type == null ? "" : type.getName(),
            outward));
    return 0;
  }

  private boolean mayBrowse(Issue issue, ApplicationUser user) {
    return permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user);
  }

  static boolean isDone(Status status) {
    return status != null
        && status.getStatusCategory() != null
        && StatusCategory.COMPLETE.equals(status.getStatusCategory().getKey());
  }
}
