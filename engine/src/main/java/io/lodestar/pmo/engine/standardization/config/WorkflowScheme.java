package io.lodestar.pmo.engine.standardization.config;

import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow scheme as a host reports it: the workflow of each issue type it maps, and the default
 * workflow for the issue types it does not.
 *
 * @param id the host's scheme id; never null
 * @param name the scheme name; never null
 * @param byIssueType issue type name → workflow; copied
 * @param defaultWorkflow the workflow of unmapped issue types; empty when none
 */
public record WorkflowScheme(
    String id,
    String name,
    Map<String, WorkflowTemplate> byIssueType,
    Optional<WorkflowTemplate> defaultWorkflow) {

  public WorkflowScheme {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    byIssueType = Map.copyOf(byIssueType);
    Objects.requireNonNull(defaultWorkflow, "defaultWorkflow");
  }

  /** The workflow issues of {@code issueType} use (name ignoring case), else the default. */
  public Optional<WorkflowTemplate> workflowFor(String issueType) {
    return byIssueType.entrySet().stream()
        .filter(e -> e.getKey().equalsIgnoreCase(issueType))
        .map(Map.Entry::getValue)
        .findFirst()
        .or(() -> defaultWorkflow);
  }
}
