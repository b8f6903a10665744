package io.lodestar.pmo.app.standardization.web;

import com.atlassian.annotations.security.LicensedOnly;
import io.lodestar.pmo.app.risk.web.PageResponses;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.WebResources;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;

/**
 * The standardization pages: {@value StandardizationPages#ADMIN_PAGE} (PMO admins) and {@value
 * StandardizationPages#PROJECT_PAGE}{@code ?project=KEY} (project admins). GET only.
 */
@LicensedOnly
public final class StandardizationServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient StandardizationPages pages;
  private final transient PageRenderer renderer;
  private final transient WebResources resources;
  private final boolean projectPage;

  /**
   * @param projectPage true for the project page, false for the admin page
   */
  public StandardizationServlet(
      StandardizationPages pages,
      PageRenderer renderer,
      WebResources resources,
      boolean projectPage) {
    this.pages = Objects.requireNonNull(pages, "pages");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.resources = Objects.requireNonNull(resources, "resources");
    this.projectPage = projectPage;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageView view =
        projectPage
            ? pages.project(request.getContextPath(), request.getParameter("project"))
            : pages.admin(request.getContextPath());
    PageResponses.write(view, renderer, resources, response);
  }
}
