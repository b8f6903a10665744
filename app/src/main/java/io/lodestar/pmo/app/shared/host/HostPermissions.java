package io.lodestar.pmo.app.shared.host;

/**
 * The host's own permission answers. Lodestar's rules on top of them (who is a PMO admin, what a
 * write needs) live in {@link io.lodestar.pmo.app.shared.security.AccessGuard}.
 */
public interface HostPermissions {

  /**
   * @param user the user; null for anonymous
   * @param project the project; never null
   * @return whether the user may browse the project (Jira: BROWSE_PROJECTS)
   */
  boolean mayBrowse(HostUser user, ProjectRef project);

  /**
   * @param user the user; null for anonymous
   * @param project the project; never null
   * @return whether the user may administer the project (Jira: ADMINISTER_PROJECTS)
   */
  boolean mayAdminister(HostUser user, ProjectRef project);

  /**
   * @param user the user; null for anonymous
   * @param project the project; never null
   * @return whether the user may create issues in the project (Jira: CREATE_ISSUES); the "Create
   *     risk" button is offered only then
   */
  boolean mayCreateIssues(HostUser user, ProjectRef project);

  /**
   * @param user the user; null for anonymous
   * @return whether the user is an administrator of the whole host (Jira: ADMINISTER global
   *     permission)
   */
  boolean isHostAdmin(HostUser user);

  /**
   * @param user the user; null for anonymous (never in any group)
   * @param group a group name; null or blank means no group
   * @return whether the user is a member of the group
   */
  boolean isInGroup(HostUser user, String group);
}
