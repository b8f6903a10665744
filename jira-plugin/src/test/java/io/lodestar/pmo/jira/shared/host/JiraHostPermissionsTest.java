package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.GlobalPermissionManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraHostPermissionsTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private PermissionManager permissionManager;
  @Mock private GlobalPermissionManager globalPermissionManager;
  @Mock private GroupManager groupManager;
  @Mock private ProjectManager projectManager;
  @Mock private UserManager userManager;

  private final HostUser alice = new HostUser("u1", "alice", "Alice", "alice@example.com");
  private final ProjectRef alphaRef = new ProjectRef(10L, "ALPHA", "Alpha");
  private final ApplicationUser aliceJira = mock(ApplicationUser.class);
  private final Project alpha = mock(Project.class);

  private JiraHostPermissions target;

  @Before
  public void setUp() {
    when(projectManager.getProjectObj(10L)).thenReturn(alpha);
    when(userManager.getUserByKey("u1")).thenReturn(aliceJira);
    target =
        new JiraHostPermissions(
            permissionManager,
            globalPermissionManager,
            groupManager,
            projectManager,
            new JiraUsers(userManager));
  }

  @Test
  public void mayBrowse_shouldAskJiraAsAnonymous_whenUserIsNull() {
    // given: the permission scheme lets anyone browse
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, alpha, null))
        .thenReturn(true);

    // when / then
    assertThat(target.mayBrowse(null, alphaRef)).isTrue();
  }

  @Test
  public void mayBrowse_shouldBeTrue_whenUserHasBrowseProjects() {
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, alpha, aliceJira))
        .thenReturn(true);

    assertThat(target.mayBrowse(alice, alphaRef)).isTrue();
  }

  @Test
  public void mayAdminister_shouldBeFalse_whenUserMayOnlyBrowse() {
    // given
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, alpha, aliceJira))
        .thenReturn(true);

    // when / then
    assertThat(target.mayAdminister(alice, alphaRef)).isFalse();
  }

  @Test
  public void mayCreateIssues_shouldFollowCreateIssues_notBrowse() {
    // given: alice may browse; only bob may create issues
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, alpha, aliceJira))
        .thenReturn(true);
    when(permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, alpha, aliceJira))
        .thenReturn(false);

    // when / then
    assertThat(target.mayCreateIssues(alice, alphaRef)).isFalse();
    when(permissionManager.hasPermission(ProjectPermissions.CREATE_ISSUES, alpha, aliceJira))
        .thenReturn(true);
    assertThat(target.mayCreateIssues(alice, alphaRef)).isTrue();
  }

  @Test
  public void mayAdminister_shouldBeTrue_whenUserHasAdministerProjects() {
    when(permissionManager.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, alpha, aliceJira))
        .thenReturn(true);

    assertThat(target.mayAdminister(alice, alphaRef)).isTrue();
  }

  @Test
  public void mayBrowse_shouldBeFalseWithoutAskingAsAnonymous_whenUserKeyIsUnknown() {
    // given: a user key Jira no longer knows must not be treated as anonymous
    HostUser ghost = new HostUser("gone", "ghost", "Ghost", null);

    // when
    boolean result = target.mayBrowse(ghost, alphaRef);

    // then
    assertThat(result).isFalse();
    verify(permissionManager, never()).hasPermission(any(), any(Project.class), any());
  }

  @Test
  public void mayBrowse_shouldBeFalse_whenProjectNoLongerExists() {
    ProjectRef deleted = new ProjectRef(99L, "GONE", "Gone");

    assertThat(target.mayBrowse(alice, deleted)).isFalse();
  }

  @Test
  public void isHostAdmin_shouldBeTrue_whenUserHasGlobalAdminister() {
    when(globalPermissionManager.hasPermission(GlobalPermissionKey.ADMINISTER, aliceJira))
        .thenReturn(true);

    assertThat(target.isHostAdmin(alice)).isTrue();
  }

  @Test
  public void isHostAdmin_shouldBeFalse_whenAnonymous() {
    assertThat(target.isHostAdmin(null)).isFalse();
  }

  @Test
  public void isInGroup_shouldBeTrue_whenJiraListsTheGroupForTheUser() {
    when(groupManager.getGroupNamesForUser(aliceJira))
        .thenReturn(List.of("jira-users", "pmo-admins"));

    assertThat(target.isInGroup(alice, "pmo-admins")).isTrue();
  }

  @Test
  public void isInGroup_shouldIgnoreCaseAndSurroundingBlanks_asGroupNamesDo() {
    when(groupManager.getGroupNamesForUser(aliceJira)).thenReturn(List.of("PMO-Admins"));

    assertThat(target.isInGroup(alice, " pmo-admins ")).isTrue();
    assertThat(target.isInGroup(alice, "pmo-admin")).isFalse();
  }

  @Test
  public void isInGroup_shouldBeFalse_whenGroupIsBlank() {
    assertThat(target.isInGroup(alice, " ")).isFalse();
  }

  @Test
  public void isInGroup_shouldBeFalse_whenAnonymous() {
    assertThat(target.isInGroup(null, "pmo-admins")).isFalse();
  }
}
