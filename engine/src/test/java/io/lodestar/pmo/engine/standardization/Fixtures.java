package io.lodestar.pmo.engine.standardization;

import io.lodestar.pmo.engine.standardization.template.ArtifactRule;
import io.lodestar.pmo.engine.standardization.template.CountExpectation;
import io.lodestar.pmo.engine.standardization.template.Glob;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.JqlTemplate;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.time.Instant;
import java.util.List;

/** Shared test values: the "Delivery" template of the issue text and its workflows. */
public final class Fixtures {

  public static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

  private Fixtures() {}

  /** To Do → In Progress → Done (resolution), and back from In Progress to To Do. */
  public static WorkflowTemplate delivery() {
    return new WorkflowTemplate(
        "Delivery workflow",
        List.of(
            WorkflowStatus.initial("To Do", StatusCategory.TODO),
            WorkflowStatus.of("In Progress", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Done", StatusCategory.DONE)),
        List.of(
            Transition.of("Start", "To Do", "In Progress")
                .withChecks(new TransitionCheck.AssigneeRequired()),
            Transition.of("Stop", "In Progress", "To Do"),
            Transition.of("Finish", "In Progress", "Done").withResolution()));
  }

  /** A different workflow: Open → Working → Closed. */
  public static WorkflowTemplate legacy() {
    return new WorkflowTemplate(
        "Legacy workflow",
        List.of(
            WorkflowStatus.initial("Open", StatusCategory.TODO),
            WorkflowStatus.of("Working", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Closed", StatusCategory.DONE)),
        List.of(
            Transition.of("Work", "Open", "Working"),
            Transition.of("Close", "Working", "Closed").withResolution()));
  }

  public static ArtifactRule epicsWithoutDueDate() {
    return new ArtifactRule(
        "epic-due",
        Severity.MAJOR,
        "Every Epic has a due date",
        JqlTemplate.of("project = {project} AND issuetype = Epic AND duedate is EMPTY"),
        CountExpectation.atMost(0),
        "Give each Epic a due date.");
  }

  public static ArtifactRule recentRiskReview() {
    return new ArtifactRule(
        "risk-review",
        Severity.MINOR,
        "A risk reviewed in the last 30 days",
        JqlTemplate.of("project = {project} AND issuetype = Risk AND updated >= -30d"),
        CountExpectation.atLeast(1),
        "Review the risk register.");
  }

  /** Every rule kind once. */
  public static TemplateContent deliveryContent() {
    return TemplateContent.named("Delivery")
        .withWorkflows(
            List.of(new IssueTypeWorkflow("wf-task", Severity.MAJOR, "Task", delivery())))
        .withProjectRules(
            List.of(
                new ProjectRule.RequiredIssueTypes(
                    "types", Severity.CRITICAL, List.of("Epic", "Task", "Risk")),
                new ProjectRule.RequiredScreenFields(
                    "create-fields", Severity.MAJOR, ScreenKind.CREATE, List.of("duedate")),
                new ProjectRule.MandatoryFields(
                    "mandatory", Severity.MAJOR, List.of("duedate", "assignee")),
                new ProjectRule.RequiredRoles(
                    "roles", Severity.MAJOR, List.of("Sponsor", "Project Manager")),
                new ProjectRule.RequiredCategory("category", Severity.MINOR, "Delivery"),
                new ProjectRule.KeyPattern("key", Severity.MINOR, Glob.of("D*")),
                new ProjectRule.NamePattern("name", Severity.MINOR, Glob.of("Delivery - *")),
                new ProjectRule.RequiredProfileAttributes(
                    "profile", Severity.MINOR, List.of("budgetOwner")),
                new ProjectRule.ComponentRules(
                    "components", Severity.MINOR, List.of("Backend"), true),
                new ProjectRule.VersionRules("versions", Severity.MINOR, true, true)))
        .withArtifactRules(List.of(epicsWithoutDueDate(), recentRiskReview()));
  }

  public static Template deliveryTemplate() {
    return Template.create("delivery", deliveryContent(), "pmo", AT).orElseThrow();
  }

  public static TemplateVersion version(TemplateContent content) {
    return Template.create("delivery", content, "pmo", AT).orElseThrow().latest();
  }
}
