package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.WebResources;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;

/**
 * Writes a controller's {@link PageView} as the HTML response: requires the page's web resources
 * from the host (which puts their tags into the decorated page's head), then renders the template.
 */
final class PageServlets {

  private PageServlets() {}

  static void write(
      PageView view, PageRenderer renderer, WebResources resources, HttpServletResponse response)
      throws IOException {
    view.webResources().forEach(resources::requireWebResource);
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
