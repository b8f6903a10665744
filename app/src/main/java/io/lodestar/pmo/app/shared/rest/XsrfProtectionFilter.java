package io.lodestar.pmo.app.shared.rest;

import io.lodestar.pmo.app.shared.error.ErrorBody;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Set;

/**
 * XSRF protection for every state-changing Lodestar call, independent of the host: a POST, PUT,
 * PATCH or DELETE must carry {@code X-Atlassian-Token: no-check}, which a cross-site form or image
 * cannot send and a cross-site script can send only after a CORS pre-flight that the host refuses.
 * Lodestar's own pages send it.
 */
@Provider
public final class XsrfProtectionFilter implements ContainerRequestFilter {

  /** The header Jira itself uses for the same purpose. */
  public static final String TOKEN_HEADER = "X-Atlassian-Token";

  /** The value that marks a deliberate, scripted request. */
  public static final String TOKEN_VALUE = "no-check";

  private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void filter(ContainerRequestContext request) {
    if (!requiresToken(request.getMethod(), request.getHeaderString(TOKEN_HEADER))) {
      return;
    }
    request.abortWith(
        Response.status(403)
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(
                new ErrorBody(
                    403,
                    "XSRF check failed: send the header " + TOKEN_HEADER + ": " + TOKEN_VALUE,
                    List.of(),
                    null))
            .build());
  }

  /**
   * @param method the HTTP method
   * @param token the value of the XSRF header; null when absent
   * @return whether the request must be refused
   */
  static boolean requiresToken(String method, String token) {
    return !SAFE_METHODS.contains(method.toUpperCase(java.util.Locale.ROOT))
        && !TOKEN_VALUE.equalsIgnoreCase(token == null ? "" : token.trim());
  }
}
