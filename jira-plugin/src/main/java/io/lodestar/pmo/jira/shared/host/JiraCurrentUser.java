package io.lodestar.pmo.jira.shared.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostUser;
import java.util.Objects;
import java.util.Optional;

/** {@link CurrentUser} from Jira's authentication context (thread-bound to the request). */
public final class JiraCurrentUser implements CurrentUser {

  private final JiraAuthenticationContext authenticationContext;
  private final JiraUsers users;

  public JiraCurrentUser(JiraAuthenticationContext authenticationContext, JiraUsers users) {
    this.authenticationContext =
        Objects.requireNonNull(authenticationContext, "authenticationContext");
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public Optional<HostUser> get() {
    return users.toHostUser(authenticationContext.getLoggedInUser());
  }
}
