package io.lodestar.pmo.app.shared.security;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.NotAuthenticatedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lodestar's permission rules, in one place:
 *
 * <ul>
 *   <li>reading a project's data needs BROWSE on it; a project the user cannot browse is reported
 *       as not found, so its existence does not leak;
 *   <li>writing a project's configuration needs project admin, or PMO admin;
 *   <li>global configuration needs PMO admin;
 *   <li>a PMO admin is a host admin, or a member of the configured PMO admin group;
 *   <li>who is a PMO admin (the group itself) may be changed by host admins only, so that a group
 *       member cannot widen or take over the group.
 * </ul>
 *
 * Anonymous requests that need a user end in 401; a known user without the right, in 403. Lodestar
 * data (settings, registers) is never served anonymously, even on a project the host lets anonymous
 * users browse: {@link #requireSignedInBrowse} answers 401 there too.
 */
public final class AccessGuard {

  private final CurrentUser currentUser;
  private final ProjectDirectory projects;
  private final HostPermissions permissions;
  private final PmoAdminGroupSetting pmoAdminGroup;
  private final Texts texts;

  public AccessGuard(
      CurrentUser currentUser,
      ProjectDirectory projects,
      HostPermissions permissions,
      PmoAdminGroupSetting pmoAdminGroup,
      Texts texts) {
    this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
    this.projects = Objects.requireNonNull(projects, "projects");
    this.permissions = Objects.requireNonNull(permissions, "permissions");
    this.pmoAdminGroup = Objects.requireNonNull(pmoAdminGroup, "pmoAdminGroup");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * @return the current user, if any
   */
  public Optional<HostUser> currentUser() {
    return currentUser.get();
  }

  /**
   * @return the signed-in user
   * @throws NotAuthenticatedException for an anonymous request
   */
  public HostUser requireUser() {
    return currentUser
        .get()
        .orElseThrow(
            () -> new NotAuthenticatedException(texts.text("lodestar.error.notAuthenticated")));
  }

  /**
   * @param projectKey the project key from the request; may be null
   * @return the project, when the current user may browse it
   * @throws NotFoundException when there is no such project or the user may not browse it
   */
  public ProjectRef requireBrowse(String projectKey) {
    HostUser user = currentUser.get().orElse(null);
    return projects
        .byKey(projectKey)
        .filter(p -> permissions.mayBrowse(user, p))
        .orElseThrow(
            () ->
                new NotFoundException(
                    texts.text("lodestar.error.projectNotFound", String.valueOf(projectKey))));
  }

  /**
   * A signed-in user who may browse the project.
   *
   * @param projectKey the project key from the request; may be null
   * @return the project
   * @throws NotAuthenticatedException for an anonymous request, public project or not
   * @throws NotFoundException when there is no such project or the user may not browse it
   */
  public ProjectRef requireSignedInBrowse(String projectKey) {
    requireUser();
    return requireBrowse(projectKey);
  }

  /**
   * @param projectKey the project key from the request; may be null
   * @return the project, when the current user may change its Lodestar configuration
   * @throws NotAuthenticatedException for an anonymous request
   * @throws NotFoundException when there is no such project or the user may not browse it
   * @throws AccessDeniedException when the user may browse but not administer it
   */
  public ProjectRef requireProjectAdmin(String projectKey) {
    HostUser user = requireUser();
    ProjectRef project = requireBrowse(projectKey);
    if (!permissions.mayAdminister(user, project) && !isPmoAdmin(user)) {
      throw new AccessDeniedException(
          texts.text("lodestar.error.projectAdminRequired", project.key()));
    }
    return project;
  }

  /**
   * @return the current user, when they are a PMO admin
   * @throws NotAuthenticatedException for an anonymous request
   * @throws AccessDeniedException when the user is not a PMO admin
   */
  public HostUser requirePmoAdmin() {
    HostUser user = requireUser();
    if (!isPmoAdmin(user)) {
      throw new AccessDeniedException(texts.text("lodestar.error.pmoAdminRequired"));
    }
    return user;
  }

  /**
   * @return the current user, when they administer the whole host (Jira: ADMINISTER)
   * @throws NotAuthenticatedException for an anonymous request
   * @throws AccessDeniedException for anyone else, PMO admin group members included
   */
  public HostUser requireHostAdmin() {
    HostUser user = requireUser();
    if (!permissions.isHostAdmin(user)) {
      throw new AccessDeniedException(texts.text("lodestar.error.hostAdminRequired"));
    }
    return user;
  }

  /**
   * @param user the user; null for anonymous
   * @return whether the user is a host admin or in the configured PMO admin group
   */
  public boolean isPmoAdmin(HostUser user) {
    if (user == null) {
      return false;
    }
    if (permissions.isHostAdmin(user)) {
      return true;
    }
    return pmoAdminGroup
        .pmoAdminGroup()
        .filter(g -> !g.isBlank())
        .map(g -> permissions.isInGroup(user, g))
        .orElse(false);
  }

  /**
   * @return whether the current user may change the project's Lodestar configuration (project admin
   *     or PMO admin, and may browse it); false for anonymous users and unknown projects
   */
  public boolean mayAdministerProject(String projectKey) {
    HostUser user = currentUser.get().orElse(null);
    if (user == null) {
      return false;
    }
    return projects
        .byKey(projectKey)
        .filter(p -> permissions.mayBrowse(user, p))
        .map(p -> permissions.mayAdminister(user, p) || isPmoAdmin(user))
        .orElse(false);
  }

  /**
   * @return whether the current user may browse the project; false when there is no such project
   */
  /**
   * @param projectKey a project key; may be null
   * @return whether a signed-in current user may browse the project and create issues in it
   */
  public boolean mayCreateIssues(String projectKey) {
    HostUser user = currentUser.get().orElse(null);
    if (user == null) {
      return false;
    }
    return projects
        .byKey(projectKey)
        .filter(p -> permissions.mayBrowse(user, p))
        .map(p -> permissions.mayCreateIssues(user, p))
        .orElse(false);
  }

  /**
   * @return the project, when the signed-in user may browse it and create issues in it
   * @throws NotAuthenticatedException for an anonymous request
   * @throws NotFoundException when there is no such project or the user may not browse it
   * @throws AccessDeniedException when the user may browse the project but not create issues
   */
  public ProjectRef requireCreateIssues(String projectKey) {
    HostUser user = requireUser();
    ProjectRef project = requireBrowse(projectKey);
    if (!permissions.mayCreateIssues(user, project)) {
      throw new AccessDeniedException(
          texts.text("lodestar.error.createIssuesRequired", project.key()));
    }
    return project;
  }

  public boolean mayBrowse(String projectKey) {
    HostUser user = currentUser.get().orElse(null);
    return projects.byKey(projectKey).map(p -> permissions.mayBrowse(user, p)).orElse(false);
  }

  /**
   * @return the projects the current user may browse (for cross-project lists)
   */
  public List<ProjectRef> browsableProjects() {
    return projects.browsableBy(currentUser.get().orElse(null));
  }
}
