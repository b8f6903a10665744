package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The sandbox's own URLs, beside the plugin's ({@link RiskWebPaths}: REST root, page servlets,
 * {@code /download/resources/…}), which the sandbox serves at the same paths as Jira.
 */
public final class SandboxPaths {

  /** The landing page. */
  public static final String LANDING = "/";

  /** The login page (GET form, POST credentials). */
  public static final String LOGIN = "/login";

  /** Ends the session (POST). */
  public static final String LOGOUT = "/logout";

  /** The mail outbox page. */
  public static final String OUTBOX = "/outbox";

  /** Swagger UI over the OpenAPI document. */
  public static final String DOCS = "/docs";

  /** The OpenAPI document of the REST API (served by the REST application itself). */
  public static final String OPENAPI = RiskWebPaths.REST_ROOT + "/openapi.json";

  /** AUI's dist folder, as Jira's "com.atlassian.auiplugin:ajs" web resource provides it. */
  public static final String AUI = "/sandbox/aui";

  /** jQuery, which AUI needs loaded first (Jira bundles it with AUI). */
  public static final String JQUERY = "/sandbox/jquery";

  /** The sandbox's own static files (layout CSS, Swagger UI start-up script). */
  public static final String STATIC = "/sandbox/static";

  /** Web jars (Swagger UI). */
  public static final String WEBJARS = "/webjars";

  /** Issue links of the plugin's pages ({@link RiskWebPaths#issue}). */
  public static final String BROWSE = "/browse";

  /**
   * The issue navigator stand-in ({@code /issues/?jql=}, Jira's path): a bounded, paged list for
   * the simple JQL forms the portfolio pages link to.
   */
  public static final String ISSUES = "/issues";

  /**
   * The sandbox's risk form for an existing issue, at the path of Jira's edit-issue page ({@code
   * ?id=<issue id>}); new risks use {@link RiskWebPaths#CREATE_ISSUE}, as the register links them.
   */
  public static final String EDIT_ISSUE = "/secure/EditIssue!default.jspa";

  private SandboxPaths() {}

  /**
   * @return the risk form of the issue with {@code issueId}
   */
  public static String editIssue(String contextPath, long issueId) {
    return contextPath + EDIT_ISSUE + "?id=" + issueId;
  }

  /**
   * @param next where to go after signing in, a path on this server; ignored when it is not one
   * @return the login page URL
   */
  public static String login(String contextPath, String next) {
    String base = contextPath + LOGIN;
    return isLocalPath(next)
        ? base + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)
        : base;
  }

  /**
   * @return whether {@code path} is a path on this server (starts with one slash), so that
   *     redirecting to it cannot send anyone elsewhere
   */
  public static boolean isLocalPath(String path) {
    return path != null
        && path.startsWith("/")
        && !path.startsWith("//")
        && !path.startsWith("/\\")
        && path.chars().noneMatch(c -> c < 0x20);
  }
}
