package io.lodestar.pmo.app.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.NotAuthenticatedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class AccessGuardTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private CurrentUser currentUser;
  @Mock private ProjectDirectory projects;
  @Mock private HostPermissions permissions;
  @Mock private PmoAdminGroupSetting pmoGroup;
  @Mock private Texts texts;

  private final HostUser alice = new HostUser("u1", "alice", "Alice", "alice@example.com");
  private final ProjectRef alpha = new ProjectRef(10L, "ALPHA", "Alpha");

  private AccessGuard target;

  @Before
  public void setUp() {
    when(texts.text(anyString(), any())).thenAnswer(inv -> inv.getArgument(0));
    when(texts.text(anyString())).thenAnswer(inv -> inv.getArgument(0));
    target = new AccessGuard(currentUser, projects, permissions, pmoGroup, texts);
  }

  @Test
  public void requireBrowse_shouldReturnProject_whenUserMayBrowse() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);

    // when / then
    assertThat(target.requireBrowse("ALPHA")).isEqualTo(alpha);
  }

  @Test
  public void requireBrowse_shouldReportNotFound_whenUserMayNotBrowse() {
    // given: the project exists but is hidden from alice
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(false);

    // when / then: the same answer as for a project that does not exist
    assertThatThrownBy(() -> target.requireBrowse("ALPHA"))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("lodestar.error.projectNotFound");
  }

  @Test
  public void requireBrowse_shouldReportNotFound_whenProjectDoesNotExist() {
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("NOPE")).thenReturn(Optional.empty());

    assertThatThrownBy(() -> target.requireBrowse("NOPE")).isInstanceOf(NotFoundException.class);
  }

  @Test
  public void requireSignedInBrowse_shouldRefuseWith401_whenAnonymousMayBrowseThePublicProject() {
    // given a project the host lets anonymous users browse
    when(currentUser.get()).thenReturn(Optional.empty());
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(null, alpha)).thenReturn(true);

    // when / then
    assertThatThrownBy(() -> target.requireSignedInBrowse("ALPHA"))
        .isInstanceOf(NotAuthenticatedException.class);
  }

  @Test
  public void requireSignedInBrowse_shouldReturnProject_whenSignedInUserMayBrowse() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);

    // when / then
    assertThat(target.requireSignedInBrowse("ALPHA")).isEqualTo(alpha);
  }

  @Test
  public void requireProjectAdmin_shouldRefuseWith401_whenAnonymous() {
    when(currentUser.get()).thenReturn(Optional.empty());

    assertThatThrownBy(() -> target.requireProjectAdmin("ALPHA"))
        .isInstanceOf(NotAuthenticatedException.class)
        .extracting(e -> ((NotAuthenticatedException) e).status())
        .isEqualTo(401);
  }

  @Test
  public void requireProjectAdmin_shouldRefuseWith403_whenUserMayOnlyBrowse() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);
    when(permissions.mayAdminister(alice, alpha)).thenReturn(false);
    when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.empty());

    // when / then
    assertThatThrownBy(() -> target.requireProjectAdmin("ALPHA"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("lodestar.error.projectAdminRequired");
  }

  @Test
  public void requireCreateIssues_shouldRefuseWith403_whenUserMayOnlyBrowse() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);
    when(permissions.mayCreateIssues(alice, alpha)).thenReturn(false);

    // when / then
    assertThatThrownBy(() -> target.requireCreateIssues("ALPHA"))
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("lodestar.error.createIssuesRequired");
    assertThat(target.mayCreateIssues("ALPHA")).isFalse();
  }

  @Test
  public void mayCreateIssues_shouldBeTrue_whenTheHostLetsTheUserCreateIssues() {
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);
    when(permissions.mayCreateIssues(alice, alpha)).thenReturn(true);

    assertThat(target.mayCreateIssues("ALPHA")).isTrue();
    assertThat(target.requireCreateIssues("ALPHA")).isEqualTo(alpha);
  }

  @Test
  public void requireProjectAdmin_shouldAllow_whenUserIsProjectAdmin() {
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);
    when(permissions.mayAdminister(alice, alpha)).thenReturn(true);

    assertThat(target.requireProjectAdmin("ALPHA")).isEqualTo(alpha);
  }

  @Test
  public void requireProjectAdmin_shouldAllow_whenUserIsInPmoAdminGroup() {
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);
    when(permissions.mayAdminister(alice, alpha)).thenReturn(false);
    when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.of("pmo-admins"));
    when(permissions.isInGroup(alice, "pmo-admins")).thenReturn(true);

    assertThat(target.requireProjectAdmin("ALPHA")).isEqualTo(alpha);
  }

  @Test
  public void requirePmoAdmin_shouldAllow_whenUserIsHostAdmin_evenWithoutGroup() {
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(permissions.isHostAdmin(alice)).thenReturn(true);

    assertThat(target.requirePmoAdmin()).isEqualTo(alice);
    verify(permissions, never()).isInGroup(eq(alice), anyString());
  }

  @Test
  public void requirePmoAdmin_shouldRefuse_whenGroupIsBlank() {
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(permissions.isHostAdmin(alice)).thenReturn(false);
    when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.of("  "));

    assertThatThrownBy(() -> target.requirePmoAdmin()).isInstanceOf(AccessDeniedException.class);
  }

  @Test
  public void isPmoAdmin_shouldBeFalse_forAnonymous() {
    assertThat(target.isPmoAdmin(null)).isFalse();
  }

  @Test
  public void requireHostAdmin_shouldReturnUser_whenUserIsHostAdmin() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(permissions.isHostAdmin(alice)).thenReturn(true);

    // when / then
    assertThat(target.requireHostAdmin()).isEqualTo(alice);
  }

  @Test
  public void requireHostAdmin_shouldRefuseWith403_whenUserIsOnlyInThePmoAdminGroup() {
    // given: alice is a PMO admin through the group, not a host admin
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(permissions.isHostAdmin(alice)).thenReturn(false);

    // when / then
    assertThatThrownBy(() -> target.requireHostAdmin())
        .isInstanceOf(AccessDeniedException.class)
        .hasMessage("lodestar.error.hostAdminRequired");
  }

  @Test
  public void requireHostAdmin_shouldRefuseWith401_whenAnonymous() {
    // given
    when(currentUser.get()).thenReturn(Optional.empty());

    // when / then
    assertThatThrownBy(() -> target.requireHostAdmin())
        .isInstanceOf(NotAuthenticatedException.class);
  }
}
