package io.lodestar.pmo.app.standardization.rest;

import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.standardization.apply.TemplateApplication;
import io.lodestar.pmo.engine.standardization.apply.ApplyPlan;
import io.lodestar.pmo.engine.standardization.apply.ApplyReport;
import io.lodestar.pmo.engine.standardization.apply.ApplyStep;
import io.lodestar.pmo.engine.standardization.apply.OpenPoint;
import io.lodestar.pmo.engine.standardization.apply.SchemeRef;
import io.lodestar.pmo.engine.standardization.apply.StatusMigration;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the dry run, the apply and the new project (issue 9). */
public final class ApplyJson {

  private ApplyJson() {}

  /** Where the issues of an old status go; {@code confirmCategoryChange} defaults to false. */
  public record MappingJson(
      String issueType, String from, String to, Boolean confirmCategoryChange) {}

  /** A dry run's choices. */
  public record DryRunRequestJson(
      List<MappingJson> statusMappings, Map<String, List<String>> roleMembers) {}

  /** An apply: the dry run's fingerprint and the same choices. */
  public record ApplyRequestJson(
      String fingerprint,
      List<MappingJson> statusMappings,
      Map<String, List<String>> roleMembers) {}

  /** A project to create from a template ({@code version}: the latest when absent). */
  public record NewProjectJson(
      String key,
      String name,
      String lead,
      String templateId,
      Integer version,
      Map<String, List<String>> roleMembers) {}

  /**
   * One step: its kind, the readable change, and for a workflow scheme association whether the
   * scheme is re-used ({@code reusedSchemeId}) or created by an earlier step.
   */
  public record StepJson(int index, String kind, String text, String reusedSchemeId) {}

  public record MigrationJson(
      String issueType,
      String from,
      String to,
      long issues,
      String fromCategory,
      String toCategory,
      boolean changesCategory) {
    static MigrationJson of(StatusMigration m) {
      return new MigrationJson(
          m.issueType(),
          m.from(),
          m.to(),
          m.issues(),
          m.fromCategory().map(Enum::name).orElse(null),
          m.toCategory().name(),
          m.changesCategory());
    }
  }

  public record OpenPointJson(String ruleId, String text) {}

  /**
   * A plan. {@code workflowScheme}: {@code reused}, {@code created} or {@code unchanged}; {@code
   * fingerprint} goes back with the apply.
   */
  public record PlanJson(
      String projectKey,
      String templateId,
      int templateVersion,
      String fingerprint,
      boolean empty,
      String workflowScheme,
      String workflowSchemeName,
      List<StepJson> steps,
      List<MigrationJson> migrations,
      long issuesMigrated,
      List<OpenPointJson> openPoints) {

    static PlanJson of(ApplyPlan plan, String fingerprint, Texts texts) {
      List<StepJson> steps = new ArrayList<>();
      String scheme = "unchanged";
      String schemeName = null;
      for (int i = 0; i < plan.steps().size(); i++) {
        ApplyStep s = plan.steps().get(i);
        String reused = null;
        if (s instanceof ApplyStep.AssociateWorkflowScheme a) {
          if (a.scheme() instanceof SchemeRef.Existing e) {
            reused = e.schemeId();
            scheme = "reused";
            schemeName = e.schemeId();
          } else {
            scheme = "created";
            schemeName = ((SchemeRef.Created) a.scheme()).name();
          }
        }
        steps.add(
            new StepJson(
                i,
                s.getClass().getSimpleName(),
                texts.text(s.messageKey(), s.args().toArray()),
                reused));
      }
      List<OpenPointJson> open = new ArrayList<>();
      for (OpenPoint o : plan.openPoints()) {
        open.add(new OpenPointJson(o.ruleId(), texts.text(o.messageKey(), o.args().toArray())));
      }
      return new PlanJson(
          plan.projectKey(),
          plan.templateId(),
          plan.templateVersion(),
          fingerprint,
          plan.isEmpty(),
          scheme,
          schemeName,
          steps,
          plan.migrations().stream().map(MigrationJson::of).toList(),
          plan.issuesMigrated(),
          open);
    }
  }

  public record UndoFailureJson(int step, String reason) {}

  /**
   * How an apply ended: {@code APPLIED} (then {@code percent} and {@code complies} are the
   * project's new result) or {@code ROLLED_BACK} (the failing step, its reason, the steps undone).
   */
  public record ReportJson(
      String state,
      String projectKey,
      int stepsApplied,
      Integer failedStep,
      String reason,
      List<Integer> undone,
      List<UndoFailureJson> undoFailures,
      BigDecimal percent,
      Boolean complies,
      PlanJson plan) {

    static ReportJson of(TemplateApplication.Applied.Done done, Texts texts) {
      ApplyReport r = done.report();
      ApplyPlan plan =
          r instanceof ApplyReport.Applied a ? a.plan() : ((ApplyReport.RolledBack) r).plan();
      PlanJson planJson =
          PlanJson.of(
              plan, io.lodestar.pmo.app.standardization.apply.PlanFingerprint.of(plan), texts);
      BigDecimal percent = done.rescan().flatMap(c -> c.score().percent()).orElse(null);
      Boolean complies = done.rescan().map(ComplianceResult::complies).orElse(null);
      if (r instanceof ApplyReport.Applied a) {
        return new ReportJson(
            "APPLIED",
            plan.projectKey(),
            a.receipts().size(),
            null,
            null,
            List.of(),
            List.of(),
            percent,
            complies,
            planJson);
      }
      ApplyReport.RolledBack rb = (ApplyReport.RolledBack) r;
      return new ReportJson(
          "ROLLED_BACK",
          plan.projectKey(),
          0,
          rb.failedStep(),
          rb.reason(),
          rb.undone(),
          rb.undoFailures().stream()
              .map(f -> new UndoFailureJson(f.stepIndex(), f.reason()))
              .toList(),
          null,
          null,
          planJson);
    }
  }
}
