package io.lodestar.pmo.sandbox.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer to a URL the sandbox does not serve: under {@code /rest/} the REST API's error body
 * {@code {status, message}} as JSON (what a script reading the API expects), elsewhere a decorated
 * Lodestar page that says what was asked for and links the landing page, instead of the servlet
 * container's bare 404 naming a servlet class.
 */
public final class NotFoundPage {

  static final String TEMPLATE = "sandbox-templates/not-found.vm";
  private static final ObjectMapper JSON = new ObjectMapper();

  private NotFoundPage() {}

  /** Writes the 404 for {@code request}. */
  public static void write(
      PageRenderer renderer, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (path.startsWith("/rest/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", HttpServletResponse.SC_NOT_FOUND);
      body.put("message", "Nothing is served at " + path + ".");
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      response.setContentType("application/json;charset=UTF-8");
      response.setHeader("Cache-Control", "no-store");
      response.getWriter().write(JSON.writeValueAsString(body));
      return;
    }
    SandboxPage.write(
        renderer,
        TEMPLATE,
        HttpServletResponse.SC_NOT_FOUND,
        Map.of(
            "path", path,
            "landingUrl", request.getContextPath() + SandboxPaths.LANDING,
            "docsUrl", request.getContextPath() + SandboxPaths.DOCS),
        response);
  }
}
