package io.lodestar.pmo.jira.portfolio.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.security.IssueSecurityLevel;
import com.atlassian.jira.issue.security.IssueSecurityLevelManager;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Test;

public class JiraViewerGrantsTest {

  private final PermissionManager permissions = mock(PermissionManager.class);
  private final IssueSecurityLevelManager levels = mock(IssueSecurityLevelManager.class);
  private final JiraUsers users = mock(JiraUsers.class);
  private final JiraViewerGrants target = new JiraViewerGrants(permissions, levels, users);

  @Test
  public void of_shouldCollectBrowsableProjectsAndVisibleLevels_ofAKnownUser() {
    HostUser anna = new HostUser("anna", "anna", "Anna", "a@x");
    ApplicationUser jiraAnna = mock(ApplicationUser.class);
    when(users.toJiraUser(anna)).thenReturn(Optional.of(jiraAnna));
    Project mob = mock(Project.class);
    when(mob.getId()).thenReturn(10_000L);
    when(permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, jiraAnna))
        .thenReturn(List.of(mob));
    IssueSecurityLevel secret = mock(IssueSecurityLevel.class);
    when(secret.getId()).thenReturn(500L);
    when(levels.getAllSecurityLevelsForUser(jiraAnna)).thenReturn(List.of(secret));

    assertThat(target.of(anna)).isEqualTo(new ViewerGrants.Grants(Set.of(10_000L), Set.of(500L)));
  }

  @Test
  public void of_shouldGrantNothing_toAUserJiraDoesNotKnow_andAskJiraWithNullForAnonymous() {
    HostUser ghost = new HostUser("ghost", "ghost", "Ghost", "g@x");
    when(users.toJiraUser(ghost)).thenReturn(Optional.empty());

    assertThat(target.of(ghost)).isEqualTo(new ViewerGrants.Grants(Set.of(), Set.of()));
    verify(permissions, never()).getProjects(any(), any());
    assertThat(target.of(null)).isEqualTo(new ViewerGrants.Grants(Set.of(), Set.of()));
    verify(permissions).getProjects(any(), isNull());
  }
}
