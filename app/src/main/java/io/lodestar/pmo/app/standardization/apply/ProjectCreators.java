package io.lodestar.pmo.app.standardization.apply;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who may create a project from a template: PMO admins, and the members of the group the PMO names
 * (e.g. the delivery managers), not only host administrators.
 */
public final class ProjectCreators {

  public static final String DENIED = "lodestar.standardization.apply.error.mayNotCreate";

  private final AccessGuard guard;
  private final HostPermissions permissions;
  private final Supplier<Optional<String>> group;
  private final Texts texts;

  /**
   * @param group the PMO's project creator group; empty or blank for PMO admins only
   */
  public ProjectCreators(
      AccessGuard guard,
      HostPermissions permissions,
      Supplier<Optional<String>> group,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.permissions = Objects.requireNonNull(permissions, "permissions");
    this.group = Objects.requireNonNull(group, "group");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** Whether {@code user} may create projects from templates. */
  public boolean may(HostUser user) {
    if (user == null) {
      return false;
    }
    return guard.isPmoAdmin(user)
        || group
            .get()
            .filter(g -> !g.isBlank())
            .map(g -> permissions.isInGroup(user, g))
            .orElse(false);
  }

  /**
   * @return the signed-in user when they may create projects
   * @throws io.lodestar.pmo.app.shared.error.NotAuthenticatedException for anonymous users
   * @throws AccessDeniedException for others
   */
  public HostUser require() {
    HostUser user = guard.requireUser();
    if (!may(user)) {
      throw new AccessDeniedException(texts.text(DENIED));
    }
    return user;
  }
}
