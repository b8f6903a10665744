package io.lodestar.pmo.engine.standardization.template;

import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.util.Objects;

/**
 * The workflow template an issue type must use; also a rule: the project's workflow for this issue
 * type has the template's shape.
 *
 * @param id stable rule id; never null
 * @param severity weight in the score; never null
 * @param issueType the issue type name, e.g. {@code Task}; never null
 * @param workflow the workflow; never null
 */
public record IssueTypeWorkflow(
    String id, Severity severity, String issueType, WorkflowTemplate workflow)
    implements TemplateRule {

  public IssueTypeWorkflow {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(issueType, "issueType");
    Objects.requireNonNull(workflow, "workflow");
  }

  @Override
  public RuleKind kind() {
    return RuleKind.WORKFLOW;
  }
}
