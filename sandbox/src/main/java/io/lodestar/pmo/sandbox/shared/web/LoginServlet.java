package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import io.lodestar.pmo.sandbox.shared.server.SessionUserFilter;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code /login}: GET shows the form; POST checks the user name and password against the sandbox's
 * users, and on success starts a new session (a fresh id, so a planted one is useless) holding the
 * user's key and redirects to {@code next} (a local path) or the landing page. The post must come
 * from this server's own page ({@link SameOrigin}); a wrong password answers 401 with the form
 * again, without saying which part was wrong. Repeated failures for one user name or from one
 * address are refused with 429 and {@code Retry-After} ({@link LoginThrottle}).
 */
public final class LoginServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/login.vm";

  private final transient SandboxUsers users;
  private final transient PageRenderer renderer;
  private final transient LoginThrottle throttle;

  public LoginServlet(SandboxUsers users, PageRenderer renderer) {
    this(users, renderer, new LoginThrottle(Clock.systemUTC()));
  }

  public LoginServlet(SandboxUsers users, PageRenderer renderer, LoginThrottle throttle) {
    this.users = Objects.requireNonNull(users, "users");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.throttle = Objects.requireNonNull(throttle, "throttle");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    form(request, response, 200, "", "");
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!SameOrigin.isSameOrigin(request)) {
      form(request, response, 403, "", "The sign-in form must be sent from this site.");
      return;
    }
    String username = Objects.toString(request.getParameter("username"), "").trim();
    String password = Objects.toString(request.getParameter("password"), "");
    String address = request.getRemoteAddr();
    Duration wait = throttle.waitBefore(username, address);
    if (!wait.isZero()) {
      long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
      response.setHeader("Retry-After", Long.toString(Math.max(1, wait.toSeconds())));
      form(
          request,
          response,
          429,
          username,
          "Too many failed sign-ins; try again in " + minutes + " minute(s).");
      return;
    }
    Optional<HostUser> user = users.authenticate(username, password);
    if (user.isEmpty()) {
      throttle.failed(username, address);
      form(request, response, 401, username, "Wrong user name or password.");
      return;
    }
    throttle.succeeded(username);
    HttpSession old = request.getSession(false);
    if (old != null) {
      old.invalidate();
    }
    request.getSession(true).setAttribute(SessionUserFilter.USER_KEY_ATTRIBUTE, user.get().key());
    String next = request.getParameter("next");
    seeOther(
        response,
        request.getContextPath() + (SandboxPaths.isLocalPath(next) ? next : SandboxPaths.LANDING));
  }

  /** 303 See Other: after a post, the browser follows with a GET. */
  static void seeOther(HttpServletResponse response, String location) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", location);
  }

  private void form(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      String username,
      String error)
      throws IOException {
    String next = request.getParameter("next");
    Map<String, Object> context = new HashMap<>();
    context.put("action", request.getContextPath() + SandboxPaths.LOGIN);
    context.put("next", SandboxPaths.isLocalPath(next) ? next : "");
    context.put("username", username);
    context.put("error", error);
    context.put("landingUrl", request.getContextPath() + SandboxPaths.LANDING);
    SandboxPage.write(renderer, TEMPLATE, status, context, response);
  }
}
