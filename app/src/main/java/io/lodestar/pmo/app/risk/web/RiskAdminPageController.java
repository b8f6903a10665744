package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ModelKind;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The Lodestar admin page (scoring models, field mappings per project, appetite, PMO admin group).
 * Only PMO admins (Jira admins always are) see it; anyone else gets the 403 page, an anonymous
 * visitor the 401 page. Jira-free: the sandbox mounts the same controller.
 */
public final class RiskAdminPageController {

  /** The admin page template. */
  public static final String TEMPLATE = "templates/risk/admin.vm";

  private final AccessGuard guard;
  private final ScoringModelStore models;
  private final PmoAdminGroupSetting pmoAdminGroup;
  private final Texts texts;

  public RiskAdminPageController(
      AccessGuard guard,
      ScoringModelStore models,
      PmoAdminGroupSetting pmoAdminGroup,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.models = Objects.requireNonNull(models, "models");
    this.pmoAdminGroup = Objects.requireNonNull(pmoAdminGroup, "pmoAdminGroup");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * @param contextPath the host's context path, e.g. {@code /jira} or empty
   * @return the admin page, or the 401 / 403 page
   */
  public PageView show(String contextPath) {
    WebText text = new WebText(texts);
    try {
      guard.requirePmoAdmin();
    } catch (LodestarException refusal) {
      return ErrorPages.of(refusal, text);
    }
    List<AdminPageView.ModelRowView> rows = models.list().stream().map(m -> row(m, text)).toList();
    List<OptionView> projects =
        guard.browsableProjects().stream()
            .map(p -> new OptionView(p.key(), p.key() + " - " + p.name(), false))
            .toList();
    AdminPageView page =
        new AdminPageView(
            rows,
            projects,
            pmoAdminGroup.pmoAdminGroup().orElse(""),
            contextPath + RiskWebPaths.REST_ROOT,
            "",
            "",
            "");
    return new PageView(
        TEMPLATE, 200, Map.of("page", page, "text", text), List.of(RiskWebPaths.ADMIN_RESOURCES));
  }

  /**
   * One project's risk settings (model, appetite, field mapping), for its project admins and PMO
   * admins: the admin page's settings form and nothing else of it (models, the portfolio default
   * and the PMO admin group stay with PMO admins).
   *
   * @param contextPath the host's context path
   * @param projectKey the project, from the request; may be null
   * @return the page, or the 401 / 403 / 404 page
   */
  public PageView showProject(String contextPath, String projectKey) {
    WebText text = new WebText(texts);
    ProjectRef project;
    try {
      project = guard.requireProjectAdmin(projectKey == null ? null : projectKey.strip());
    } catch (LodestarException refusal) {
      return ErrorPages.of(refusal, text);
    }
    List<AdminPageView.ModelRowView> rows = models.list().stream().map(m -> row(m, text)).toList();
    AdminPageView page =
        new AdminPageView(
            rows,
            List.of(new OptionView(project.key(), project.key() + " - " + project.name(), true)),
            "",
            contextPath + RiskWebPaths.REST_ROOT,
            project.key(),
            texts.text("lodestar.risk.admin.project.title", project.key(), project.name()),
            RiskWebPaths.register(contextPath, project.key(), Map.of()));
    return new PageView(
        TEMPLATE, 200, Map.of("page", page, "text", text), List.of(RiskWebPaths.ADMIN_RESOURCES));
  }

  private static String kindKey(ModelKind kind) {
    return switch (kind) {
      case FORMULA -> "lodestar.risk.web.model.kind.formula";
      case LOOKUP -> "lodestar.risk.web.model.kind.lookup";
      case RPN -> "lodestar.risk.web.model.kind.rpn";
    };
  }

  private static AdminPageView.ModelRowView row(ScoringModel model, WebText text) {
    return new AdminPageView.ModelRowView(
        model.id(),
        model.name(),
        text.get(kindKey(model.kind())),
        model.probabilityScale().size() + "\u00d7" + model.impactScale().size(),
        model.version());
  }
}
