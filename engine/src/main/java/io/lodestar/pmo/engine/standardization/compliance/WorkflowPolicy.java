package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_NO_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_DIFFERS;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_PASSED;

import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.util.Optional;

/**
 * Workflow: the workflow the project's scheme gives the issue type has the template's shape
 * (statuses, categories, transitions, resolutions and checks; names of workflows are ignored).
 */
public final class WorkflowPolicy implements CompliancePolicy<IssueTypeWorkflow> {

  @Override
  public RuleKind kind() {
    return RuleKind.WORKFLOW;
  }

  @Override
  public Class<IssueTypeWorkflow> ruleType() {
    return IssueTypeWorkflow.class;
  }

  @Override
  public RuleResult evaluate(IssueTypeWorkflow rule, ProjectFacts facts) {
    Optional<String> id = facts.project().workflowSchemeId();
    if (id.isEmpty()) {
      return RuleResult.unknown(rule, UNKNOWN_NO_SCHEME, "workflowScheme");
    }
    Optional<WorkflowScheme> scheme = facts.configuration().workflowScheme(id.get());
    if (scheme.isEmpty()) {
      return RuleResult.unknown(rule, UNKNOWN_SCHEME, "workflowScheme", id.get());
    }
    Optional<WorkflowTemplate> actual = scheme.get().workflowFor(rule.issueType());
    if (actual.isPresent() && actual.get().sameShapeAs(rule.workflow())) {
      return RuleResult.passed(rule, WORKFLOW_PASSED, rule.issueType());
    }
    return RuleResult.failed(
        rule, WORKFLOW_DIFFERS, rule.issueType(), actual.map(WorkflowTemplate::name).orElse(""));
  }
}
