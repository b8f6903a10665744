package io.lodestar.pmo.app.standardization.web;

import io.lodestar.pmo.app.risk.web.ErrorPageView;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.standardization.Standardization;
import io.lodestar.pmo.app.standardization.apply.ProjectCreators;
import io.lodestar.pmo.app.standardization.apply.TemplateApplication;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.apply.ApplyPlan;
import io.lodestar.pmo.engine.standardization.apply.ApplyStep;
import io.lodestar.pmo.engine.standardization.apply.OpenPoint;
import io.lodestar.pmo.engine.standardization.apply.SchemeRef;
import io.lodestar.pmo.engine.standardization.apply.StatusMigration;
import io.lodestar.pmo.engine.standardization.template.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The apply pages: a project's dry run ({@value #DRY_RUN_PAGE}{@code ?project=KEY}, PMO admins: the
 * plan as a table, the status moves with their issue counts, what is re-used, the open points or
 * the refusals, and Apply) and "New project from template" ({@value #NEW_PROJECT_PAGE}, PMO admins
 * and the PMO's project creators). Reads only: Apply and Create go through the REST API from the
 * page's script.
 */
public final class ApplyPages {

  public static final String DRY_RUN_PAGE = "/plugins/servlet/lodestar/compliance/dry-run";
  public static final String NEW_PROJECT_PAGE = "/plugins/servlet/lodestar/new-project";
  static final String DRY_RUN_TEMPLATE = "templates/standardization/dry-run.vm";
  static final String NEW_PROJECT_TEMPLATE = "templates/standardization/new-project.vm";

  private final AccessGuard guard;
  private final Standardization standardization;
  private final TemplateApplication application;
  private final ProjectCreators creators;
  private final Texts texts;

  public ApplyPages(
      AccessGuard guard,
      Standardization standardization,
      TemplateApplication application,
      ProjectCreators creators,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.standardization = Objects.requireNonNull(standardization, "standardization");
    this.application = Objects.requireNonNull(application, "application");
    this.creators = Objects.requireNonNull(creators, "creators");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** One step of the plan. {@code reuse}: the re-used scheme's id, or empty. */
  public record StepView(int number, String text, String reuse) {}

  /** One status move. */
  public record MoveView(
      String issueType, String from, String to, long issues, String category, boolean changes) {}

  /** A refusal: the field and why. */
  public record RefusalView(String field, String text) {}

  /** The dry-run page. */
  public record DryRunView(
      String projectKey,
      String projectName,
      String template,
      boolean refused,
      boolean empty,
      String fingerprint,
      String workflowScheme,
      List<StepView> steps,
      List<MoveView> moves,
      long issuesMoved,
      List<String> openPoints,
      List<RefusalView> refusals,
      String restRoot,
      String complianceUrl) {}

  /** One template to create from. */
  public record TemplateOption(String id, String label) {}

  /** The new-project page. */
  public record NewProjectView(
      List<TemplateOption> templates, String lead, String restRoot, String complianceBase) {}

  /** The dry run of the project's assigned template (PMO admins). */
  public PageView dryRun(String contextPath, String projectKey) {
    WebText text = new WebText(texts);
    try {
      guard.requirePmoAdmin();
      ProjectRef project = guard.requireBrowse(projectKey);
      String template =
          standardization
              .assignment(project.key())
              .map(a -> a.templateId() + " v" + a.version())
              .orElse(texts.text("lodestar.standardization.page.noTemplate"));
      Outcome<TemplateApplication.Planned> planned =
          application.dryRun(project.key(), TemplateApplication.Choices.none());
      DryRunView view;
      String rest = contextPath + RiskWebPaths.REST_ROOT + "/standardization";
      String back = StandardizationPages.projectUrl(contextPath, project.key());
      if (planned instanceof Outcome.Ok<TemplateApplication.Planned> ok) {
        view = view(project, template, ok.value(), rest, back);
      } else if (planned instanceof Outcome.Invalid<TemplateApplication.Planned> invalid) {
        List<RefusalView> refusals = new ArrayList<>();
        for (Violation v : invalid.violations()) {
          refusals.add(new RefusalView(v.field(), texts.text(v.messageKey(), v.args().toArray())));
        }
        view =
            new DryRunView(
                project.key(),
                project.name(),
                template,
                true,
                false,
                "",
                "",
                List.of(),
                List.of(),
                0,
                List.of(),
                refusals,
                rest,
                back);
      } else {
        Outcome.NotFound<TemplateApplication.Planned> nf =
            (Outcome.NotFound<TemplateApplication.Planned>) planned;
        view =
            new DryRunView(
                project.key(),
                project.name(),
                template,
                true,
                false,
                "",
                "",
                List.of(),
                List.of(),
                0,
                List.of(),
                List.of(new RefusalView("", texts.text(nf.messageKey(), nf.args().toArray()))),
                rest,
                back);
      }
      return new PageView(
          DRY_RUN_TEMPLATE,
          200,
          Map.of("page", view, "text", text),
          List.of(StandardizationPages.RESOURCES));
    } catch (LodestarException refusal) {
      return error(refusal, text);
    }
  }

  private DryRunView view(
      ProjectRef project,
      String template,
      TemplateApplication.Planned planned,
      String rest,
      String back) {
    ApplyPlan plan = planned.plan();
    List<StepView> steps = new ArrayList<>();
    String scheme = texts.text("lodestar.standardization.dryRun.scheme.unchanged");
    for (int i = 0; i < plan.steps().size(); i++) {
      ApplyStep s = plan.steps().get(i);
      String reuse = "";
      if (s instanceof ApplyStep.AssociateWorkflowScheme a) {
        if (a.scheme() instanceof SchemeRef.Existing e) {
          reuse = e.schemeId();
          scheme = texts.text("lodestar.standardization.dryRun.scheme.reused", e.schemeId());
        } else {
          scheme =
              texts.text(
                  "lodestar.standardization.dryRun.scheme.created",
                  ((SchemeRef.Created) a.scheme()).name());
        }
      }
      steps.add(new StepView(i + 1, texts.text(s.messageKey(), s.args().toArray()), reuse));
    }
    List<MoveView> moves = new ArrayList<>();
    for (StatusMigration m : plan.migrations()) {
      moves.add(
          new MoveView(
              m.issueType(),
              m.from(),
              m.to(),
              m.issues(),
              m.fromCategory().map(Enum::name).orElse("?") + " → " + m.toCategory().name(),
              m.changesCategory()));
    }
    List<String> open = new ArrayList<>();
    for (OpenPoint o : plan.openPoints()) {
      open.add(o.ruleId() + ": " + texts.text(o.messageKey(), o.args().toArray()));
    }
    return new DryRunView(
        project.key(),
        project.name(),
        template,
        false,
        plan.isEmpty(),
        planned.fingerprint(),
        scheme,
        steps,
        moves,
        plan.issuesMigrated(),
        open,
        List.of(),
        rest,
        back);
  }

  /** The "New project from template" page (PMO admins and the PMO's project creators). */
  public PageView newProject(String contextPath) {
    WebText text = new WebText(texts);
    try {
      HostUser user = creators.require();
      List<TemplateOption> options = new ArrayList<>();
      for (Template t : standardization.templates()) {
        options.add(
            new TemplateOption(
                t.id(),
                t.latest().content().name() + " (" + t.id() + " v" + t.latest().number() + ")"));
      }
      return new PageView(
          NEW_PROJECT_TEMPLATE,
          200,
          Map.of(
              "page",
              new NewProjectView(
                  options,
                  user.key(),
                  contextPath + RiskWebPaths.REST_ROOT + "/standardization",
                  contextPath + StandardizationPages.PROJECT_PAGE + "?project="),
              "text",
              text),
          List.of(StandardizationPages.RESOURCES));
    } catch (LodestarException refusal) {
      return error(refusal, text);
    }
  }

  /** The dry-run page of a project. */
  public static String dryRunUrl(String contextPath, String projectKey) {
    return contextPath + DRY_RUN_PAGE + "?project=" + RiskWebPaths.encode(projectKey);
  }

  private static PageView error(LodestarException refusal, WebText text) {
    String titleKey =
        switch (refusal.status()) {
          case 401 -> "lodestar.risk.web.error.401";
          case 403 -> "lodestar.risk.web.error.403";
          case 404 -> "lodestar.risk.web.error.404";
          default -> "lodestar.risk.web.error.other";
        };
    return new PageView(
        StandardizationPages.ERROR_TEMPLATE,
        refusal.status(),
        Map.of(
            "error",
            new ErrorPageView(text.get(titleKey), String.valueOf(refusal.getMessage())),
            "text",
            text));
  }
}
