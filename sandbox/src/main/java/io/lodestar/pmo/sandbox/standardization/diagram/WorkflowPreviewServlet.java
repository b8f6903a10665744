package io.lodestar.pmo.sandbox.standardization.diagram;

import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.standardization.diagram.WorkflowDiagram;
import io.lodestar.pmo.app.standardization.diagram.WorkflowDiagramView;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /plugins/servlet/lodestar/workflow-preview}: "Workflow template preview" (PMO admins):
 * each demo workflow template as the server-side SVG diagram with its accessible table beside it.
 */
public final class WorkflowPreviewServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  public static final String PATH = "/plugins/servlet/lodestar/workflow-preview";
  static final String TEMPLATE = "sandbox-templates/workflow-preview.vm";

  private final transient AccessGuard guard;
  private final transient PageRenderer renderer;
  private final transient Texts texts;

  public WorkflowPreviewServlet(AccessGuard guard, PageRenderer renderer, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Object> context = new HashMap<>();
    int status = 200;
    List<WorkflowDiagramView> diagrams = new ArrayList<>();
    String error = "";
    try {
      guard.requirePmoAdmin();
      WorkflowDiagram diagram = new WorkflowDiagram(texts);
      List<WorkflowTemplate> all = DemoWorkflows.all();
      for (int i = 0; i < all.size(); i++) {
        diagrams.add(diagram.draw(all.get(i), "wf-" + (i + 1)));
      }
    } catch (LodestarException refusal) {
      status = refusal.status();
      error = String.valueOf(refusal.getMessage());
    }
    context.put("diagrams", diagrams);
    context.put("error", error);
    StringWriter html = new StringWriter();
    renderer.render(TEMPLATE, context, html);
    response.setStatus(status);
    response.setContentType("text/html;charset=UTF-8");
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.getWriter().write(html.toString());
  }
}
