package io.lodestar.pmo.app.risk.web;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code GET /plugins/servlet/lodestar/admin}: the admin page; with {@code ?project=KEY}, that
 * project's risk settings page for its project admins. GET only (other methods get 405), so the
 * page itself changes nothing and needs no XSRF token; its script writes through the REST API,
 * which checks the token.
 */
@LicensedOnly
public final class RiskAdminServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient RiskAdminPageController controller;
  private final transient PageRenderer renderer;
  private final transient WebResources resources;

  public RiskAdminServlet(
      RiskAdminPageController controller, PageRenderer renderer, WebResources resources) {
    this.controller = Objects.requireNonNull(controller, "controller");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String project = request.getParameter("project");
    PageServlets.write(
        project == null
            ? controller.show(request.getContextPath())
            : controller.showProject(request.getContextPath(), project),
        renderer,
        resources,
        response);
  }
}
