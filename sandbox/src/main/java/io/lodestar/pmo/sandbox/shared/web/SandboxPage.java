package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.shared.host.PageRenderer;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * Writes one of the sandbox's own pages: rendered first (so that a template error never leaves a
 * half-written 200), HTML-escaped by the renderer, and decorated by the sandbox layout like the
 * plugin's pages.
 */
final class SandboxPage {

  private SandboxPage() {}

  static void write(
      PageRenderer renderer,
      String template,
      int status,
      Map<String, Object> context,
      HttpServletResponse response)
      throws IOException {
    StringWriter html = new StringWriter();
    renderer.render(template, context, html);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.getWriter().write(html.toString());
  }
}
