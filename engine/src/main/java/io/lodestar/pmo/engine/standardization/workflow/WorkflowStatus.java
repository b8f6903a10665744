package io.lodestar.pmo.engine.standardization.workflow;

import java.util.Objects;

/**
 * One status of a workflow template.
 *
 * @param name the status name as Jira shows it; never null (blank is refused by validation)
 * @param category its status category; never null
 * @param initial whether new issues start here; a valid workflow has exactly one
 */
public record WorkflowStatus(String name, StatusCategory category, boolean initial) {

  public WorkflowStatus {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
  }

  /** A status that is not the initial one. */
  public static WorkflowStatus of(String name, StatusCategory category) {
    return new WorkflowStatus(name, category, false);
  }

  /** The initial status. */
  public static WorkflowStatus initial(String name, StatusCategory category) {
    return new WorkflowStatus(name, category, true);
  }
}
