package io.lodestar.pmo.app.standardization;

import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.standardization.port.ScanRecords;
import io.lodestar.pmo.app.standardization.port.TemplateStore;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceTrends;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleStatus;
import io.lodestar.pmo.engine.standardization.compliance.TrendPoint;
import io.lodestar.pmo.engine.standardization.template.ArtifactRule;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateRule;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compliance results as the viewer may see them: the overview of every project with a result (only
 * projects the viewer may browse; how many others there are is said, never their names) and one
 * project's latest result with its failing rules, remediation, navigator links and trend. The
 * callers check who may read (PMO admins the overview, project admins their projects).
 */
public final class ComplianceReports {

  private final AccessGuard guard;
  private final ScanRecords records;
  private final TemplateStore templates;
  private final Standardization standardization;
  private final Texts texts;

  public ComplianceReports(
      AccessGuard guard,
      ScanRecords records,
      TemplateStore templates,
      Standardization standardization,
      Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.records = Objects.requireNonNull(records, "records");
    this.templates = Objects.requireNonNull(templates, "templates");
    this.standardization = Objects.requireNonNull(standardization, "standardization");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * One project's line of the overview.
   *
   * @param percent the score in percent, empty when nothing could be judged
   */
  public record Row(
      String projectKey,
      String projectName,
      String templateId,
      int templateVersion,
      Optional<BigDecimal> percent,
      boolean complies,
      int failing,
      int unknown,
      String evaluatedAt) {}

  /**
   * The overview.
   *
   * @param rows projects the viewer may browse, by key
   * @param hidden how many projects with a result the viewer may not browse
   */
  public record Overview(List<Row> rows, int hidden) {
    public Overview {
      rows = List.copyOf(rows);
    }
  }

  /** One rule's line of a project's result. */
  public record RuleLine(
      String ruleId,
      String name,
      String kind,
      String severity,
      RuleStatus status,
      String message,
      String remediation,
      Optional<String> navigatorPath,
      Optional<Long> count) {}

  /** One project's latest result and trend. */
  public record ProjectReport(
      ProjectRef project,
      Optional<TemplateAssignment> assignment,
      Optional<ComplianceResult> latest,
      List<RuleLine> failing,
      List<RuleLine> others,
      List<TrendPoint> trend) {
    public ProjectReport {
      failing = List.copyOf(failing);
      others = List.copyOf(others);
      trend = List.copyOf(trend);
    }
  }

  /** The overview for the current viewer. */
  public Overview overview() {
    Map<String, ProjectRef> browsable =
        guard.browsableProjects().stream()
            .collect(Collectors.toMap(ProjectRef::key, Function.identity(), (a, b) -> a));
    List<Row> rows = new ArrayList<>();
    int hidden = 0;
    for (ComplianceResult r : records.latestResults()) {
      ProjectRef p = browsable.get(r.projectKey());
      if (p == null) {
        hidden++;
        continue;
      }
      rows.add(
          new Row(
              p.key(),
              p.name(),
              r.templateId(),
              r.templateVersion(),
              r.score().percent(),
              r.complies(),
              r.score().failed(),
              r.score().unknown(),
              r.evaluatedAt().toString()));
    }
    rows.sort(Comparator.comparing(Row::projectKey));
    return new Overview(rows, hidden);
  }

  /**
   * The report of a project the caller has already checked the viewer may read.
   *
   * @param project the project, as the guard returned it
   */
  public ProjectReport project(ProjectRef project) {
    List<ComplianceResult> history = records.history(project.key());
    Optional<ComplianceResult> latest =
        history.stream().max(Comparator.comparing(ComplianceResult::evaluatedAt));
    List<RuleLine> failing = new ArrayList<>();
    List<RuleLine> others = new ArrayList<>();
    latest.ifPresent(
        r -> {
          Optional<TemplateVersion> version =
              templates.version(r.templateId(), r.templateVersion());
          for (RuleResult rule : r.rules()) {
            RuleLine line = line(rule, version);
            (rule.status() == RuleStatus.FAILED ? failing : others).add(line);
          }
        });
    return new ProjectReport(
        project,
        standardization.assignment(project.key()),
        latest,
        failing,
        others,
        ComplianceTrends.perProject(history, project.key()));
  }

  private RuleLine line(RuleResult rule, Optional<TemplateVersion> version) {
    String name =
        version
            .flatMap(v -> v.content().rule(rule.ruleId()))
            .map(ComplianceReports::name)
            .orElse(rule.ruleId());
    return new RuleLine(
        rule.ruleId(),
        name,
        texts.text("lodestar.standardization.kind." + rule.kind().name()),
        texts.text("lodestar.standardization.severity." + rule.severity().name()),
        rule.status(),
        texts.text(rule.messageKey(), rule.args().toArray()),
        rule.remediation(),
        rule.navigatorPath(),
        rule.count().isPresent() ? Optional.of(rule.count().getAsLong()) : Optional.empty());
  }

  private static String name(TemplateRule rule) {
    return rule instanceof ArtifactRule a ? a.name() : rule.id();
  }

  /** The project, when the current viewer may read its results (project admin or PMO admin). */
  public ProjectRef requireReader(String projectKey) {
    return guard.requireProjectAdmin(projectKey);
  }
}
