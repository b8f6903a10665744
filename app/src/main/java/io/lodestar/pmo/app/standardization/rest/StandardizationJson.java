package io.lodestar.pmo.app.standardization.rest;

import io.lodestar.pmo.app.standardization.ComplianceReports;
import io.lodestar.pmo.app.standardization.TemplateContentCodec;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.compliance.TrendPoint;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateChange;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the standardization resources. */
public final class StandardizationJson {

  private StandardizationJson() {}

  /** One version's header. */
  public record VersionJson(int number, String authorKey, String createdAt) {
    static VersionJson of(TemplateVersion v) {
      return new VersionJson(v.number(), v.authorKey(), v.createdAt().toString());
    }
  }

  /**
   * A template: its latest version's content (the tree {@link TemplateContentCodec} reads) and
   * every version's header; {@code version} is the latest version number, sent back with an edit.
   */
  public record TemplateJson(
      String id,
      String name,
      int version,
      Map<String, Object> content,
      List<VersionJson> versions) {
    static TemplateJson of(Template t) {
      return of(t, t.latest());
    }

    static TemplateJson of(Template t, TemplateVersion shown) {
      return new TemplateJson(
          t.id(),
          shown.content().name(),
          t.latest().number(),
          TemplateContentCodec.write(shown.content()),
          t.versions().stream().map(VersionJson::of).toList());
    }
  }

  public record TemplateListJson(List<TemplateJson> templates) {}

  /** A new template: its id and content. */
  public record CreateTemplateJson(String id, Map<String, Object> content) {}

  /** An edit: the latest version it is based on and the new content. */
  public record EditTemplateJson(Integer version, Map<String, Object> content) {}

  public record ChangeJson(String kind, String path, String before, String after) {
    static ChangeJson of(TemplateChange c) {
      return new ChangeJson(
          c.kind().name(), c.path(), c.before().orElse(null), c.after().orElse(null));
    }
  }

  public record DiffJson(String templateId, int from, int to, List<ChangeJson> changes) {}

  public record AssignmentJson(String projectKey, String templateId, int version) {
    static AssignmentJson of(TemplateAssignment a) {
      return new AssignmentJson(a.projectKey(), a.templateId(), a.version());
    }
  }

  /** What a project is assigned to. */
  public record AssignRequestJson(String templateId, Integer version) {}

  public record AssignmentListJson(List<AssignmentJson> assignments, int hidden) {}

  /** A scan's progress. */
  public record ScanJson(
      String scanId, String state, int done, int total, int skipped, int percent, String cursor) {
    static ScanJson of(ScanPlan p) {
      return new ScanJson(
          p.scanId(),
          p.state().name(),
          p.done(),
          p.projects().size(),
          p.skipped(),
          p.progressPercent(),
          p.cursor().orElse(null));
    }
  }

  public record RowJson(
      String projectKey,
      String projectName,
      String templateId,
      int templateVersion,
      BigDecimal percent,
      boolean complies,
      int failing,
      int unknown,
      String evaluatedAt) {
    static RowJson of(ComplianceReports.Row r) {
      return new RowJson(
          r.projectKey(),
          r.projectName(),
          r.templateId(),
          r.templateVersion(),
          r.percent().orElse(null),
          r.complies(),
          r.failing(),
          r.unknown(),
          r.evaluatedAt());
    }
  }

  public record OverviewJson(List<RowJson> projects, int hidden) {}

  public record RuleJson(
      String ruleId,
      String name,
      String kind,
      String severity,
      String status,
      String message,
      String remediation,
      String navigatorUrl,
      Long count) {
    static RuleJson of(ComplianceReports.RuleLine l, String baseUrl) {
      return new RuleJson(
          l.ruleId(),
          l.name(),
          l.kind(),
          l.severity(),
          l.status().name(),
          l.message(),
          l.remediation(),
          l.navigatorPath().map(p -> baseUrl + p).orElse(null),
          l.count().orElse(null));
    }
  }

  public record TrendJson(String day, int projects, int compliant, BigDecimal meanPercent) {
    static TrendJson of(TrendPoint p) {
      return new TrendJson(
          p.day().toString(), p.projects(), p.compliant(), p.meanPercent().orElse(null));
    }
  }

  public record ProjectComplianceJson(
      String projectKey,
      String projectName,
      AssignmentJson assignment,
      BigDecimal percent,
      Boolean complies,
      String evaluatedAt,
      List<RuleJson> failing,
      List<RuleJson> others,
      List<TrendJson> trend) {}
}
