package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The register page's {@link UserDirectory} over the sandbox's user table. */
public final class SandboxUserDirectory implements UserDirectory {

  private final SandboxUsers users;

  public SandboxUserDirectory(SandboxUsers users) {
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public Optional<HostUser> byKey(String userKey) {
    return userKey == null || userKey.isBlank() ? Optional.empty() : users.byKey(userKey);
  }

  @Override
  public Optional<HostUser> byUsername(String username) {
    return username == null || username.isBlank() ? Optional.empty() : users.byUsername(username);
  }

  @Override
  public List<HostUser> search(String prefix, int limit) {
    UserDirectory.checkSearch(prefix, limit);
    return users.search(prefix, limit);
  }

  /** Every signed-in sandbox user may search, as Jira's default "Browse users" grant allows. */
  @Override
  public boolean maySearch(HostUser viewer) {
    return viewer != null;
  }
}
