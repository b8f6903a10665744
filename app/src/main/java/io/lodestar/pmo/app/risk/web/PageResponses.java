package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.WebResources;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;

/**
 * How the app's page servlets answer: a {@link PageView} rendered with its web resources required
 * first, never cached, never sniffed; a form post accepted only from a page of this host.
 */
public final class PageResponses {

  private PageResponses() {}

  /**
   * Renders a page and writes it with its status.
   *
   * @param view the page
   * @param renderer the host's renderer
   * @param resources the host's web resources, which the page's CSS/JS are required through
   * @param response where it goes
   * @throws IOException if writing fails
   */
  public static void write(
      PageView view, PageRenderer renderer, WebResources resources, HttpServletResponse response)
      throws IOException {
    view.webResources().forEach(resources::requireWebResource);
    StringWriter html = new StringWriter();
    renderer.render(view.template(), view.context(), html);
    response.setStatus(view.status());
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(html.toString());
  }

  /**
   * Whether a post comes from a page of this host: its {@code Origin}, or failing that its {@code
   * Referer}, names the request's own scheme and host, so that another site cannot forge one.
   *
   * @param request the post
   * @return true if it may be accepted
   */
  public static boolean isSameOrigin(HttpServletRequest request) {
    String host = request.getHeader("Host");
    if (host == null || host.isBlank()) {
      return false;
    }
    String origin = request.getScheme() + "://" + host;
    String sent = request.getHeader("Origin");
    if (sent != null && !sent.isBlank() && !"null".equals(sent)) {
      return sent.equalsIgnoreCase(origin);
    }
    String referer = request.getHeader("Referer");
    return referer != null
        && (referer.equalsIgnoreCase(origin)
            || referer.regionMatches(true, 0, origin + "/", 0, origin.length() + 1));
  }
}
