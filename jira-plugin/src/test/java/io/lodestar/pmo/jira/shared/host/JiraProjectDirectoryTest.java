package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
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

public class JiraProjectDirectoryTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private ProjectManager projectManager;
  @Mock private PermissionManager permissionManager;
  @Mock private UserManager userManager;

  private JiraProjectDirectory target;

  @Before
  public void setUp() {
    target =
        new JiraProjectDirectory(projectManager, permissionManager, new JiraUsers(userManager));
  }

  private static Project project(long id, String key, String name) {
    Project p = mock(Project.class);
    when(p.getId()).thenReturn(id);
    when(p.getKey()).thenReturn(key);
    when(p.getName()).thenReturn(name);
    return p;
  }

  @Test
  public void byKey_shouldReturnProjectWithCurrentKey_whenAskedByPreviousKey() {
    // given: OLD was renamed to NEW; Jira's lookup matches previous keys, ignoring case
    Project renamed = project(7L, "NEW", "Renamed");
    when(projectManager.getProjectObjByKeyIgnoreCase("old")).thenReturn(renamed);

    // when / then
    assertThat(target.byKey("old")).contains(new ProjectRef(7L, "NEW", "Renamed"));
  }

  @Test
  public void byKey_shouldBeEmpty_whenKeyIsBlank() {
    assertThat(target.byKey("  ")).isEmpty();
  }

  @Test
  public void byKey_shouldBeEmpty_whenNoSuchProject() {
    assertThat(target.byKey("NOPE")).isEmpty();
  }

  @Test
  public void browsableBy_shouldListBrowsableProjectsByKey_whenUserIsKnown() {
    // given
    ApplicationUser bob = mock(ApplicationUser.class);
    when(userManager.getUserByKey("u2")).thenReturn(bob);
    Project zeta = project(2L, "ZETA", "Zeta");
    Project alpha = project(1L, "ALPHA", "Alpha");
    when(permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, bob))
        .thenReturn(List.of(zeta, alpha));

    // when
    List<ProjectRef> result = target.browsableBy(new HostUser("u2", "bob", "Bob", null));

    // then
    assertThat(result).extracting(ProjectRef::key).containsExactly("ALPHA", "ZETA");
  }

  @Test
  public void browsableBy_shouldAskAsAnonymous_whenUserIsNull() {
    Project open = project(3L, "OPEN", "Open");
    when(permissionManager.getProjects(ProjectPermissions.BROWSE_PROJECTS, null))
        .thenReturn(List.of(open));

    assertThat(target.browsableBy(null)).extracting(ProjectRef::key).containsExactly("OPEN");
  }

  @Test
  public void browsableBy_shouldBeEmpty_whenUserKeyIsUnknown() {
    assertThat(target.browsableBy(new HostUser("gone", "ghost", "Ghost", null))).isEmpty();
  }
}
