package io.lodestar.pmo.jira.risk.web;

import io.lodestar.pmo.jira.shared.host.PageRenderer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;

/** Writes a controller's {@link PageView} as the HTML response, through the host's renderer. */
final class PageServlets {

  private PageServlets() {}

  static void write(PageView view, PageRenderer renderer, HttpServletResponse response)
      throws IOException {
    // Render first, so that a template failure never leaves a half-written 200 behind.
    StringWriter html = new StringWriter();
    renderer.render(view.template(), view.context(), html);
    response.setStatus(view.status());
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(html.toString());
  }
}
