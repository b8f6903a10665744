package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
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
}
