package io.lodestar.pmo.app.training.web;

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
 * {@code GET /plugins/servlet/lodestar/training} and its forms ({@code POST}): see {@link
 * TrainingPageController}.
 */
@LicensedOnly
public final class TrainingServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  private final transient TrainingPageController controller;
  private final transient PageRenderer renderer;
  private final transient WebResources resources;

  public TrainingServlet(
      TrainingPageController controller, PageRenderer renderer, WebResources resources) {
    this.controller = Objects.requireNonNull(controller, "controller");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.resources = Objects.requireNonNull(resources, "resources");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    PageView view = controller.show(request.getContextPath(), request.getParameterMap());
    PageResponses.write(view, renderer, resources, response);
  }

  /** The page's forms: accepted only from a page of this host (see {@link PageResponses}). */
  @Override
  protected void doPost(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (!PageResponses.isSameOrigin(request)) {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
      return;
    }
    TrainingPageController.Result result =
        controller.post(request.getContextPath(), request.getParameterMap());
    if (result.isRedirect()) {
      response.setStatus(HttpServletResponse.SC_SEE_OTHER);
      response.setHeader("Location", result.redirect());
      return;
    }
    PageResponses.write(result.page(), renderer, resources, response);
  }
}
