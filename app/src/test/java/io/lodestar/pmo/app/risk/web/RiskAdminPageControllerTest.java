package io.lodestar.pmo.app.risk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class RiskAdminPageControllerTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private CurrentUser currentUser;
  @Mock private ProjectDirectory projects;
  @Mock private HostPermissions permissions;
  @Mock private PmoAdminGroupSetting pmoGroup;
  @Mock private Texts texts;
  @Mock private ScoringModelStore models;

  private final HostUser alice = new HostUser("u1", "alice", "Alice", null);

  private RiskAdminPageController target;

  @Before
  public void setUp() {
    when(texts.text(anyString())).thenAnswer(inv -> inv.getArgument(0));
    when(texts.text(anyString(), any())).thenAnswer(inv -> inv.getArgument(0));
    when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.of("pmo-admins"));
    AccessGuard guard = new AccessGuard(currentUser, projects, permissions, pmoGroup, texts);
    target = new RiskAdminPageController(guard, models, pmoGroup, texts);
  }

  @Test
  public void show_shouldRender403Page_whenUserIsNotPmoAdmin() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));

    // when
    PageView view = target.show("/jira");

    // then
    assertThat(view.status()).isEqualTo(403);
    assertThat(view.template()).isEqualTo("templates/risk/error.vm");
    assertThat(((ErrorPageView) view.context().get("error")).message())
        .isEqualTo("lodestar.error.pmoAdminRequired");
    verify(models, never()).list();
  }

  @Test
  public void show_shouldRender401Page_whenAnonymous() {
    when(currentUser.get()).thenReturn(Optional.empty());

    assertThat(target.show("").status()).isEqualTo(401);
  }

  @Test
  public void show_shouldListModelsAndProjects_whenUserIsPmoAdminByGroup() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(permissions.isInGroup(alice, "pmo-admins")).thenReturn(true);
    when(models.list()).thenReturn(List.of(FormulaModel.pmbokDefault().withIdentity(7L, 3L)));
    when(projects.browsableBy(alice)).thenReturn(List.of(new ProjectRef(10L, "ALPHA", "Alpha")));

    // when
    PageView view = target.show("/jira");

    // then
    assertThat(view.status()).isEqualTo(200);
    assertThat(view.template()).isEqualTo(RiskAdminPageController.TEMPLATE);
    AdminPageView page = (AdminPageView) view.context().get("page");
    assertThat(page.models())
        .containsExactly(
            new AdminPageView.ModelRowView(
                7L, "PMBOK 5\u00d75", "lodestar.risk.web.model.kind.formula", "5\u00d75", 3L));
    assertThat(page.projects()).extracting(OptionView::value).containsExactly("ALPHA");
    assertThat(page.pmoAdminGroup()).isEqualTo("pmo-admins");
    assertThat(page.restRoot()).isEqualTo("/jira/rest/lodestar/1.0");
  }

  @Test
  public void show_shouldAdmitJiraAdmin_whenNoGroupIsConfigured() {
    // given
    when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.empty());
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(permissions.isHostAdmin(alice)).thenReturn(true);

    // when / then
    assertThat(target.show("").status()).isEqualTo(200);
  }

  @Test
  public void show_shouldRequireTheAdminWebResourcesOnly_whenPageIsShown() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(permissions.isHostAdmin(alice)).thenReturn(true);

    // when
    PageView view = target.show("/jira");

    // then
    assertThat(view.webResources()).containsExactly("risk-admin-resources");
    assertThat(view.context()).containsOnlyKeys("page", "text");
  }

  @Test
  public void show_shouldRequireNoWebResource_whenRefused() {
    // given
    when(currentUser.get()).thenReturn(Optional.of(alice));

    // when
    PageView view = target.show("/jira");

    // then
    assertThat(view.webResources()).isEmpty();
  }

  @Test
  public void showProject_shouldShowOnlyThatProjectsSettings_whenUserAdministersIt() {
    // given alice administers ALPHA but is no PMO admin
    ProjectRef alpha = new ProjectRef(10L, "ALPHA", "Alpha");
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);
    when(permissions.mayAdminister(alice, alpha)).thenReturn(true);
    when(models.list()).thenReturn(List.of(FormulaModel.pmbokDefault().withIdentity(7L, 3L)));

    // when
    PageView view = target.showProject("/jira", " ALPHA ");

    // then the page is scoped to ALPHA, preselected, without the PMO group
    assertThat(view.status()).isEqualTo(200);
    AdminPageView page = (AdminPageView) view.context().get("page");
    assertThat(page.projectScope()).isTrue();
    assertThat(page.projectKey()).isEqualTo("ALPHA");
    assertThat(page.projects())
        .extracting(OptionView::value, OptionView::selected)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("ALPHA", true));
    assertThat(page.pmoAdminGroup()).isEmpty();
    assertThat(page.registerUrl())
        .isEqualTo("/jira" + RiskWebPaths.REGISTER_PAGE + "?project=ALPHA");
    verify(projects, never()).browsableBy(alice);
  }

  @Test
  public void showProject_shouldRender403Page_whenUserMayOnlyBrowseTheProject() {
    ProjectRef alpha = new ProjectRef(10L, "ALPHA", "Alpha");
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));
    when(permissions.mayBrowse(alice, alpha)).thenReturn(true);

    PageView view = target.showProject("", "ALPHA");

    assertThat(view.status()).isEqualTo(403);
    verify(models, never()).list();
  }

  @Test
  public void showProject_shouldRender404Page_whenUserMayNotBrowseTheProject() {
    ProjectRef alpha = new ProjectRef(10L, "ALPHA", "Alpha");
    when(currentUser.get()).thenReturn(Optional.of(alice));
    when(projects.byKey("ALPHA")).thenReturn(Optional.of(alpha));

    assertThat(target.showProject("", "ALPHA").status()).isEqualTo(404);
    assertThat(target.showProject("", null).status()).isEqualTo(404);
  }
}
