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
 * The apply pages: {@value ApplyPages#DRY_RUN_PAGE}{@code ?project=KEY} and {@value
 * ApplyPages#NEW_PROJECT_PAGE}. GET only (their writes are REST calls of the page's script).
 */
@LicensedOnly
public final class ApplyServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient ApplyPages pages;
  private final transient PageRenderer renderer;
  private final transient WebResources resources;
  private final boolean newProject;

  /**
   * @param newProject true for the new-project page, false for the dry run
   */
  public ApplyServlet(
      ApplyPages pages, PageRenderer renderer, WebResources resources, boolean newProject) {
    this.pages = Objects.requireNonNull(pages, "pages");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.resources = Objects.requireNonNull(resources, "resources");
    this.newProject = newProject;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageView view =
        newProject
            ? pages.newProject(request.getContextPath())
            : pages.dryRun(request.getContextPath(), request.getParameter("project"));
    PageResponses.write(view, renderer, resources, response);
  }
}
