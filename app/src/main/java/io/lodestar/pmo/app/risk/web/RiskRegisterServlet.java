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
 * {@code GET /plugins/servlet/lodestar/risk/register?project=KEY}: a project's risk register page
 * (see {@link RiskRegisterPageController} for the parameters). GET only (other methods get 405):
 * the page changes nothing, so it needs no XSRF token; its exposure button posts to the REST API,
 * which checks the token.
 */
@LicensedOnly
public final class RiskRegisterServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient RiskRegisterPageController controller;
  private final transient PageRenderer renderer;
  private final transient WebResources resources;

  public RiskRegisterServlet(
      RiskRegisterPageController controller, PageRenderer renderer, WebResources resources) {
    this.controller = Objects.requireNonNull(controller, "controller");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageServlets.write(
        controller.show(request.getContextPath(), request.getParameterMap()),
        renderer,
        resources,
        response);
  }
}
