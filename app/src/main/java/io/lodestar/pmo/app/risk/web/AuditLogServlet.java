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
 * {@code GET /plugins/servlet/lodestar/audit}: the audit log page, for PMO admins (see {@link
 * AuditLogPageController} for the parameters). GET only (other methods get 405): the page changes
 * nothing.
 */
@LicensedOnly
public final class AuditLogServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient AuditLogPageController controller;
  private final transient PageRenderer renderer;
  private final transient WebResources resources;

  public AuditLogServlet(
      AuditLogPageController controller, PageRenderer renderer, WebResources resources) {
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
