package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.shared.host.HostUser;
import java.util.Objects;
import java.util.Optional;

/** Maps Jira's {@link ApplicationUser} to and from Lodestar's {@link HostUser}, by user key. */
public final class JiraUsers {

  private final UserManager userManager;

  public JiraUsers(UserManager userManager) {
    this.userManager = Objects.requireNonNull(userManager, "userManager");
  }

  /**
   * @param user a Jira user; may be null
   * @return the host user with the same key, or empty for null
   */
  public Optional<HostUser> toHostUser(ApplicationUser user) {
    if (user == null || user.getKey() == null || user.getKey().isBlank()) {
      return Optional.empty();
    }
    String username = user.getUsername() == null ? user.getKey() : user.getUsername();
    String displayName = user.getDisplayName() == null ? username : user.getDisplayName();
    String email = user.getEmailAddress();
    return Optional.of(
        new HostUser(
            user.getKey(), username, displayName, email == null || email.isBlank() ? null : email));
  }

  /**
   * @param user a host user; may be null
   * @return the Jira user with that key; empty for null or when Jira no longer knows the key
   */
  public Optional<ApplicationUser> toJiraUser(HostUser user) {
    if (user == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(userManager.getUserByKey(user.key()));
  }

  /**
   * @param userKey a Jira user key; may be null
   * @return the Jira user with that key; empty for null, blank or unknown keys
   */
  public Optional<ApplicationUser> byKey(String userKey) {
    if (userKey == null || userKey.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(userManager.getUserByKey(userKey));
  }
}
