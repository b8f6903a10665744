package io.lodestar.pmo.app.capacity.web;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Objects;

/**
 * {@code /plugins/servlet/lodestar/capacity}: the capacity pages (GET) and the what-if save (POST).
 * A post must come from a page of this host (its {@code Origin}, or failing that its {@code
 * Referer}, names the request's own host), as on the portfolio pages' servlet, so that another site
 * cannot forge one; the forms work without JavaScript.
 */
@LicensedOnly
public final class CapacityServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient CapacityPageController controller;
  private final transient PageRenderer renderer;
  private final transient WebResources resources;

  public CapacityServlet(
      CapacityPageController controller, PageRenderer renderer, WebResources resources) {
    this.controller = Objects.requireNonNull(controller, "controller");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    write(controller.show(request.getContextPath(), request.getParameterMap()), response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!isSameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    CapacityPageController.Result result =
        controller.post(request.getContextPath(), request.getParameterMap());
    if (result.isRedirect()) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", result.redirect());
      return;
    }
    write(result.page(), response);
  }

  private void write(PageView view, HttpServletResponse response) throws IOException {
    view.webResources().forEach(resources::requireWebResource);
    StringWriter html = new StringWriter();
    renderer.render(view.template(), view.context(), html);
    response.setStatus(view.status());
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(html.toString());
  }

  static boolean isSameOrigin(HttpServletRequest request) {
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
