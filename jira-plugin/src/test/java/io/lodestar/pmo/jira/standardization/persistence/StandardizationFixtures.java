package io.lodestar.pmo.jira.standardization.persistence;

import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceScore;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleStatus;
import io.lodestar.pmo.engine.standardization.template.ArtifactRule;
import io.lodestar.pmo.engine.standardization.template.CountExpectation;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.JqlTemplate;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Template contents and results with text that needs escaping, for the store tests. */
final class StandardizationFixtures {

  private StandardizationFixtures() {}

  static TemplateContent content(String name) {
    WorkflowTemplate w =
        new WorkflowTemplate(
            "Delivery \"v3\"",
            List.of(
                WorkflowStatus.initial("To Do", StatusCategory.TODO),
                WorkflowStatus.of("Done", StatusCategory.DONE)),
            List.of(
                Transition.of("Close", "To Do", "Done")
                    .withResolution()
                    .withChecks(
                        new TransitionCheck.AssigneeRequired(),
                        new TransitionCheck.OnlyRole("Project Manager"))));
    return TemplateContent.named(name)
        .withWorkflows(List.of(new IssueTypeWorkflow("wf", Severity.MAJOR, "Task", w)))
        .withProjectRules(
            List.of(
                new ProjectRule.RequiredRoles("roles", Severity.CRITICAL, List.of("Sponsor")),
                new ProjectRule.RequiredCategory("cat", Severity.MINOR, "Digital\\Ops")))
        .withArtifactRules(
            List.of(
                new ArtifactRule(
                    "epics",
                    Severity.MAJOR,
                    "Epics have a due date",
                    JqlTemplate.of("project = {project} AND duedate is EMPTY"),
                    CountExpectation.atMost(0),
                    "Set the due dates.\nThen re-scan.")))
        .withThreshold(new BigDecimal("85.5"));
  }

  static ComplianceResult result(String projectKey, Instant at, boolean roleFilled) {
    List<RuleResult> rules =
        List.of(
            new RuleResult(
                "roles",
                RuleKind.ROLES,
                Severity.CRITICAL,
                roleFilled ? RuleStatus.PASSED : RuleStatus.FAILED,
                "lodestar.standardization.rule.roles",
                List.of("Sponsor", "2"),
                OptionalLong.empty(),
                Optional.empty(),
                "Fill the role \"Sponsor\"."),
            new RuleResult(
                "epics",
                RuleKind.ARTIFACT,
                Severity.MAJOR,
                RuleStatus.FAILED,
                "lodestar.standardization.rule.artifact",
                List.of(),
                OptionalLong.of(3),
                Optional.of("/issues/?jql=project%20%3D%20" + projectKey),
                ""));
    return new ComplianceResult(
        projectKey, "delivery", 2, at, rules, ComplianceScore.of(rules), roleFilled);
  }
}
