package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostUser;
import java.util.Optional;

/**
 * The sandbox's {@link CurrentUser}: the user signed in to the HTTP session of the request the
 * calling thread is serving. {@link SessionUserFilter} binds it around every request; REST
 * resources, page controllers and the {@code AccessGuard} read it through the port, exactly as they
 * read Jira's authentication context in the plugin. Outside a request it answers anonymous.
 */
public final class SessionCurrentUser implements CurrentUser {

  // Per instance, not static: one server, one binding; a request runs on one thread (Jersey and the
  // page servlets are synchronous), so a thread-local is the request scope.
  private final ThreadLocal<HostUser> bound = new ThreadLocal<>();

  @Override
  public Optional<HostUser> get() {
    return Optional.ofNullable(bound.get());
  }

  /** Binds {@code user} (null = anonymous) to the calling thread until {@link #clear()}. */
  void bind(HostUser user) {
    if (user == null) {
      bound.remove();
    } else {
      bound.set(user);
    }
  }

  /** Ends the binding of the calling thread. */
  void clear() {
    bound.remove();
  }
}
