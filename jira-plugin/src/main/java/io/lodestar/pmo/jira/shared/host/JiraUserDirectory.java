package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link UserDirectory} on Jira's user manager: by key through {@link JiraUsers}, by login name
 * through {@link UserManager#getUserByName(String)}. Jira serves both from its user cache.
 */
public final class JiraUserDirectory implements UserDirectory {

  private final UserManager userManager;
  private final JiraUsers users;
  private final UserSearchService search;

  public JiraUserDirectory(UserManager userManager, JiraUsers users, UserSearchService search) {
    this.userManager = Objects.requireNonNull(userManager, "userManager");
    this.users = Objects.requireNonNull(users, "users");
    this.search = Objects.requireNonNull(search, "search");
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

  /**
   * Jira's user-picker search ({@link UserSearchService#findUsers(String, UserSearchParams)}: login
   * name, display name and e-mail prefixes, active users only, Jira's own limit set to {@code
   * limit}), the same search its own pickers run.
   */
  @Override
  public List<HostUser> search(String prefix, int limit) {
    UserDirectory.checkSearch(prefix, limit);
    UserSearchParams params =
        UserSearchParams.builder()
            .allowEmptyQuery(false)
            .includeActive(true)
            .includeInactive(false)
            .maxResults(limit)
            .build();
    List<HostUser> found = new ArrayList<>();
    for (ApplicationUser user : search.findUsers(prefix.strip(), params)) {
      users.toHostUser(user).ifPresent(found::add);
      if (found.size() == limit) {
        break;
      }
    }
    return List.copyOf(found);
  }

  /** Jira's own picker rule: the "Browse users" permission ({@code canPerformAjaxSearch}). */
  @Override
  public boolean maySearch(HostUser viewer) {
    return users.toJiraUser(viewer).map(search::canPerformAjaxSearch).orElse(false);
  }
}
