package io.lodestar.pmo.app.portfolio.web;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.web.PageResponses;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * {@code /plugins/servlet/lodestar/portfolio}: the portfolio pages (GET) and their forms (POST, PMO
 * admins). A post must come from a page of this host (its {@code Origin}, or failing that its
 * {@code Referer}, names the request's own host), so that another site cannot forge one; the forms
 * work without JavaScript.
 */
@LicensedOnly
public final class PortfolioServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient PortfolioPageController controller;
  private final transient PageRenderer renderer;
  private final transient WebResources resources;

  public PortfolioServlet(
      PortfolioPageController controller, PageRenderer renderer, WebResources resources) {
    this.controller = Objects.requireNonNull(controller, "controller");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageResponses.write(
        controller.show(request.getContextPath(), request.getParameterMap()),
        renderer,
        resources,
        response);
  }

  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!PageResponses.isSameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    PortfolioPageController.Result result =
        controller.post(request.getContextPath(), request.getParameterMap());
    if (result.isRedirect()) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", result.redirect());
      return;
    }
    PageResponses.write(result.page(), renderer, resources, response);
  }
}
