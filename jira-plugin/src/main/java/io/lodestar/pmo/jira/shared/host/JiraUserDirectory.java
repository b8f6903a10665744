package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link UserDirectory} on Jira's user manager: by key through {@link JiraUsers}, by login name
 * through {@link UserManager#getUserByName(String)}. Jira serves both from its user cache.
 */
public final class JiraUserDirectory implements UserDirectory {

  private final UserManager userManager;
  private final JiraUsers users;

  public JiraUserDirectory(UserManager userManager, JiraUsers users) {
    this.userManager = Objects.requireNonNull(userManager, "userManager");
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public Optional<HostUser> byKey(String userKey) {
    return users.byKey(userKey).flatMap(users::toHostUser);
  }

  @Override
  public Optional<HostUser> byUsername(String username) {
    if (username == null || username.isBlank()) {
      return Optional.empty();
    }
    ApplicationUser user = userManager.getUserByName(username.strip());
    return users.toHostUser(user);
  }
}
