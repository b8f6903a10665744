package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import java.util.Optional;

/**
 * Resolves the signed-in user of every request from its HTTP session (attribute {@value
 * #USER_KEY_ATTRIBUTE}, the user's key, set by the login page) and binds it to {@link
 * SessionCurrentUser} for the request. A session whose user no longer exists (the data directory
 * was reset) is ended, and the request continues anonymously. Also sets the response headers every
 * sandbox response carries.
 */
public final class SessionUserFilter implements Filter {

  /** Session attribute holding the signed-in user's key. */
  public static final String USER_KEY_ATTRIBUTE = "lodestar.sandbox.userKey";

  private final SandboxUsers users;
  private final SessionCurrentUser currentUser;

  public SessionUserFilter(SandboxUsers users, SessionCurrentUser currentUser) {
    this.users = Objects.requireNonNull(users, "users");
    this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest request = (HttpServletRequest) req;
    HttpServletResponse response = (HttpServletResponse) res;
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "SAMEORIGIN");
    response.setHeader("Referrer-Policy", "same-origin");
    currentUser.bind(resolve(request).orElse(null));
    try {
      chain.doFilter(request, response);
    } finally {
      currentUser.clear();
    }
  }

  private Optional<HostUser> resolve(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object key = session.getAttribute(USER_KEY_ATTRIBUTE);
    if (!(key instanceof String userKey)) {
      return Optional.empty();
    }
    Optional<HostUser> user = users.byKey(userKey);
    if (user.isEmpty()) {
      session.invalidate();
    }
    return user;
  }
}
