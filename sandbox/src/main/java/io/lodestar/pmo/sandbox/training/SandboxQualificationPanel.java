package io.lodestar.pmo.sandbox.training;

import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.training.AssignedWork;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.panel.QualificationPanels;
import io.lodestar.pmo.engine.training.Qualification;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The "Qualification" panel on the sandbox's issue view, as Jira's web panel would render it: one
 * check of the issue in hand (its requirements and its assignee's holdings), no search. Shown only
 * when something is required of the issue's assignee (the panel's condition).
 */
public final class SandboxQualificationPanel {

  private final TrainingService service;
  private final Texts texts;
  private final PageRenderer renderer;

  public SandboxQualificationPanel(TrainingService service, Texts texts, PageRenderer renderer) {
    this.service = Objects.requireNonNull(service, "service");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** The panel's HTML for the issue; empty when nothing is required of it. */
  public String html(String issueKey) throws IOException {
    Optional<AssignedWork> work = service.work().byKey(issueKey);
    if (work.isEmpty()
        || io.lodestar.pmo.engine.training.Requirement.needsOf(
                service.store().requirements(), work.get().work())
            .isEmpty()) {
      return "";
    }
    Qualification q = service.qualification(work.get());
    Map<String, Object> context = new HashMap<>();
    context.put("panel", QualificationPanels.of(work.get(), q, service.today(), texts));
    context.put("text", new WebText(texts));
    StringWriter html = new StringWriter();
    renderer.render(QualificationPanels.TEMPLATE, context, html);
    return html.toString().strip();
  }
}
