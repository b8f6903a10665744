package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;

/**
 * {@code GET /docs}: Swagger UI (from its web jar) over the REST API's OpenAPI document. A page of
 * its own, not decorated: Swagger UI brings its own styles.
 */
public final class DocsServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/docs.vm";

  private final transient PageRenderer renderer;
  private final String swaggerUiPath;

  /**
   * @param renderer the page renderer
   * @param swaggerUiPath where Swagger UI's files are served, e.g. {@code
   *     /webjars/swagger-ui/5.18.2}
   */
  public DocsServlet(PageRenderer renderer, String swaggerUiPath) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.swaggerUiPath = Objects.requireNonNull(swaggerUiPath, "swaggerUiPath");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String cp = request.getContextPath();
    SandboxPage.write(
        renderer,
        TEMPLATE,
        200,
        Map.of(
            "uiPath", cp + swaggerUiPath,
            "specUrl", cp + SandboxPaths.OPENAPI,
            "initUrl", cp + SandboxPaths.STATIC + "/docs-init.js",
            "landingUrl", cp + SandboxPaths.LANDING),
        response);
  }
}
