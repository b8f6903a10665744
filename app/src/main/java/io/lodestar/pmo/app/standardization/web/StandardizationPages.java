package io.lodestar.pmo.app.standardization.web;

import io.lodestar.pmo.app.risk.web.ErrorPageView;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.standardization.ComplianceReports;
import io.lodestar.pmo.app.standardization.ComplianceScans;
import io.lodestar.pmo.app.standardization.Standardization;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.compliance.TrendPoint;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateRule;
import java.math.BigDecimal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The standardization pages: the PMO admin page "Templates &amp; compliance" (templates and their
 * rules, assignments, "Scan now" with progress and cancel, the results overview) and a project's
 * "Compliance" page (score, failing rules with remediation and navigator links, trend). Reads only;
 * the admin page's writes go through the REST API from its script.
 */
public final class StandardizationPages {

  public static final String ADMIN_PAGE = "/plugins/servlet/lodestar/standardization";
  public static final String PROJECT_PAGE = "/plugins/servlet/lodestar/compliance";
  public static final String RESOURCES = "standardization-resources";
  static final String ADMIN_TEMPLATE = "templates/standardization/admin.vm";
  static final String PROJECT_TEMPLATE = "templates/standardization/project.vm";
  static final String ERROR_TEMPLATE = "templates/risk/error.vm";

  /** When a result was judged, in UTC to the minute. */
  private static final DateTimeFormatter JUDGED_AT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final AccessGuard guard;
  private final Standardization standardization;
  private final ComplianceScans scans;
  private final ComplianceReports reports;
  private final Texts texts;

  public StandardizationPages(
      AccessGuard guard,
      Standardization standardization,
      ComplianceScans scans,
      ComplianceReports reports,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.standardization = Objects.requireNonNull(standardization, "standardization");
    this.scans = Objects.requireNonNull(scans, "scans");
    this.reports = Objects.requireNonNull(reports, "reports");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** One rule of a template, as the admin page lists it. */
  public record RuleView(String id, String kind, String severity, String summary) {}

  /** One template with its latest version's rules. */
  public record TemplateView(
      String id, String name, int version, String threshold, List<RuleView> rules, int projects) {}

  /** One assignable project. */
  public record ProjectOption(String key, String label, String assigned) {}

  /** One line of the results overview. */
  public record ResultView(
      String projectKey,
      String projectName,
      String template,
      String score,
      boolean complies,
      int failing,
      String url) {}

  /** The admin page. */
  public record AdminView(
      List<TemplateView> templates,
      List<ProjectOption> projects,
      List<ResultView> results,
      String hidden,
      String restRoot,
      String latestScanId,
      String latestScanState,
      int latestScanPercent) {}

  /** One failing or passing rule on the project page. */
  public record RuleLineView(
      String name,
      String severity,
      String kind,
      String message,
      String remediation,
      String link,
      String linkLabel) {}

  /** One trend point. */
  public record TrendView(String day, String score, String compliant) {}

  /** The project page. */
  public record ProjectView(
      String projectKey,
      String projectName,
      String template,
      boolean scanned,
      String score,
      boolean complies,
      String evaluatedAt,
      List<RuleLineView> failing,
      List<RuleLineView> passed,
      List<TrendView> trend) {
    public ProjectView {
      failing = List.copyOf(failing);
      passed = List.copyOf(passed);
      trend = List.copyOf(trend);
    }

    /** Whether a rule fails. */
    public boolean hasFailing() {
      return !failing.isEmpty();
    }
  }

  /** The admin page (PMO admins). */
  public PageView admin(String contextPath) {
    WebText text = new WebText(texts);
    try {
      guard.requirePmoAdmin();
      List<Template> templates = standardization.templates();
      List<TemplateAssignment> assignments = standardization.assignments();
      List<TemplateView> templateViews = new ArrayList<>();
      for (Template t : templates) {
        List<RuleView> rules = new ArrayList<>();
        for (TemplateRule r : t.latest().content().rules()) {
          rules.add(
              new RuleView(
                  r.id(),
                  texts.text("lodestar.standardization.kind." + r.kind().name()),
                  texts.text("lodestar.standardization.severity." + r.severity().name()),
                  RuleSummaries.of(r)));
        }
        int projects =
            (int) assignments.stream().filter(a -> a.templateId().equals(t.id())).count();
        templateViews.add(
            new TemplateView(
                t.id(),
                t.latest().content().name(),
                t.latest().number(),
                t.latest().content().thresholdPercent().stripTrailingZeros().toPlainString(),
                rules,
                projects));
      }
      Map<String, String> assigned = new HashMap<>();
      assignments.forEach(a -> assigned.put(a.projectKey(), a.templateId() + " v" + a.version()));
      List<ProjectOption> projects = new ArrayList<>();
      for (ProjectRef p : guard.browsableProjects()) {
        projects.add(
            new ProjectOption(
                p.key(), p.key() + " — " + p.name(), assigned.getOrDefault(p.key(), "")));
      }
      projects.sort(java.util.Comparator.comparing(ProjectOption::key));
      ComplianceReports.Overview overview = reports.overview();
      List<ResultView> results = new ArrayList<>();
      for (ComplianceReports.Row r : overview.rows()) {
        results.add(
            new ResultView(
                r.projectKey(),
                r.projectName(),
                r.templateId() + " v" + r.templateVersion(),
                percent(r.percent()),
                r.complies(),
                r.failing(),
                projectUrl(contextPath, r.projectKey())));
      }
      Optional<ScanPlan> latest = scans.latest();
      AdminView view =
          new AdminView(
              templateViews,
              projects,
              results,
              overview.hidden() == 0
                  ? ""
                  : texts.text("lodestar.standardization.page.hidden", overview.hidden()),
              contextPath + RiskWebPaths.REST_ROOT + "/standardization",
              latest.map(ScanPlan::scanId).orElse(""),
              latest.map(p -> p.state().name()).orElse(""),
              latest.map(ScanPlan::progressPercent).orElse(0));
      return new PageView(
          ADMIN_TEMPLATE,
          200,
          Map.of(
              "page",
              view,
              "text",
              text,
              "newProjectUrl",
              contextPath + ApplyPages.NEW_PROJECT_PAGE),
          List.of(RESOURCES));
    } catch (LodestarException refusal) {
      return error(refusal, text);
    }
  }

  /** A project's compliance page (its project admins and PMO admins). */
  public PageView project(String contextPath, String projectKey) {
    WebText text = new WebText(texts);
    try {
      ProjectRef project = reports.requireReader(projectKey);
      ComplianceReports.ProjectReport r = reports.project(project);
      Optional<ComplianceResult> latest = r.latest();
      List<TrendView> trend = new ArrayList<>();
      for (TrendPoint p : r.trend()) {
        trend.add(
            new TrendView(
                p.day().toString(),
                percent(p.meanPercent()),
                texts.text(
                    p.compliant() == p.projects()
                        ? "lodestar.standardization.page.yes"
                        : "lodestar.standardization.page.no")));
      }
      ProjectView view =
          new ProjectView(
              project.key(),
              project.name(),
              r.assignment()
                  .map(a -> template(a))
                  .orElse(texts.text("lodestar.standardization.page.noTemplate")),
              latest.isPresent(),
              latest.map(l -> percent(l.score().percent())).orElse(""),
              latest.map(ComplianceResult::complies).orElse(false),
              latest.map(l -> JUDGED_AT.format(l.evaluatedAt())).orElse(""),
              lines(contextPath, r.failing()),
              lines(contextPath, r.others()),
              trend);
      // PMO admins get the dry run of the project's template (issue 9, apply)
      String dryRunUrl =
          r.assignment().isPresent() && guard.currentUser().map(guard::isPmoAdmin).orElse(false)
              ? ApplyPages.dryRunUrl(contextPath, project.key())
              : "";
      return new PageView(
          PROJECT_TEMPLATE,
          200,
          Map.of("page", view, "text", text, "dryRunUrl", dryRunUrl),
          List.of(RESOURCES));
    } catch (LodestarException refusal) {
      return error(refusal, text);
    }
  }

  private String template(TemplateAssignment a) {
    return standardization
        .template(a.templateId())
        .flatMap(t -> t.version(a.version()))
        .map(v -> v.content().name() + " (" + a.templateId() + " v" + a.version() + ")")
        .orElse(a.templateId() + " v" + a.version());
  }

  private List<RuleLineView> lines(String contextPath, List<ComplianceReports.RuleLine> lines) {
    List<RuleLineView> out = new ArrayList<>();
    for (ComplianceReports.RuleLine l : lines) {
      out.add(
          new RuleLineView(
              l.name(),
              l.severity(),
              l.kind(),
              l.message(),
              l.remediation().isBlank()
                  ? texts.text("lodestar.standardization.page.noRemediation")
                  : l.remediation(),
              // no link to an empty issue list
              l.count().orElse(0L) > 0
                  ? l.navigatorPath().map(p -> contextPath + p).orElse("")
                  : "",
              l.count()
                  .map(n -> texts.text("lodestar.standardization.page.openIssues", n))
                  .orElse("")));
    }
    return out;
  }

  private static String percent(Optional<BigDecimal> p) {
    return p.map(v -> v.stripTrailingZeros().toPlainString() + " %").orElse("n/a");
  }

  public static String projectUrl(String contextPath, String projectKey) {
    return contextPath + PROJECT_PAGE + "?project=" + RiskWebPaths.encode(projectKey);
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
        ERROR_TEMPLATE,
        refusal.status(),
        Map.of(
            "error",
            new ErrorPageView(text.get(titleKey), String.valueOf(refusal.getMessage())),
            "text",
            text));
  }
}
