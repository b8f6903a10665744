package io.lodestar.pmo.engine.standardization.workflow;

import java.util.Objects;

/**
 * The fixed, documented set of conditions and validators a template transition may carry. Each maps
 * to a Jira built-in, so applying a template needs no third-party workflow app:
 *
 * <ul>
 *   <li>{@link AssigneeRequired}: validator "the issue has an assignee" (Jira: field required
 *       validator on Assignee).
 *   <li>{@link OnlyRole}: condition "only members of project role R may transition" (Jira: user is
 *       in project role condition).
 *   <li>{@link FieldRequired}: validator "field F has a value" (Jira: field required validator).
 *   <li>{@link SubtasksDone}: condition "every sub-task is in a Done status" (Jira: sub-task
 *       blocking condition).
 * </ul>
 */
public sealed interface TransitionCheck
    permits TransitionCheck.AssigneeRequired,
        TransitionCheck.OnlyRole,
        TransitionCheck.FieldRequired,
        TransitionCheck.SubtasksDone {

  /** A stable, canonical text used for equality across hosts and for diffs, e.g. {@code role:X}. */
  String canonical();

  /** Validator: the issue must have an assignee. */
  record AssigneeRequired() implements TransitionCheck {
    @Override
    public String canonical() {
      return "assigneeRequired";
    }
  }

  /**
   * Condition: only members of a project role may transition.
   *
   * @param role the project role name, e.g. {@code Project Manager}; never null
   */
  record OnlyRole(String role) implements TransitionCheck {
    public OnlyRole {
      Objects.requireNonNull(role, "role");
    }

    @Override
    public String canonical() {
      return "onlyRole:" + role;
    }
  }

  /**
   * Validator: a field must have a value.
   *
   * @param fieldId the Jira field id, e.g. {@code duedate} or {@code customfield_10010}; never null
   */
  record FieldRequired(String fieldId) implements TransitionCheck {
    public FieldRequired {
      Objects.requireNonNull(fieldId, "fieldId");
    }

    @Override
    public String canonical() {
      return "fieldRequired:" + fieldId;
    }
  }

  /** Condition: every sub-task must be in a Done-category status. */
  record SubtasksDone() implements TransitionCheck {
    @Override
    public String canonical() {
      return "subtasksDone";
    }
  }
}
