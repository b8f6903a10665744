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
 * {@code GET /browse/KEY}: where the plugin's pages link an issue. Jira shows the issue there; the
 * sandbox has no issue view, and says so with a 404 page rather than a bare error.
 */
public final class BrowseServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient PageRenderer renderer;

  public BrowseServlet(PageRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String key = Objects.toString(request.getPathInfo(), "/").substring(1);
    SandboxPage.write(
        renderer,
        OutboxServlet.REFUSED,
        404,
        Map.of(
            "title",
            "Issue " + key,
            "message",
            "The sandbox has no issue view: in Jira this link opens issue "
                + key
                + ". Its risk data is in the project's register (see "
                + request.getContextPath()
                + SandboxPaths.LANDING
                + ")."),
        response);
  }
}
