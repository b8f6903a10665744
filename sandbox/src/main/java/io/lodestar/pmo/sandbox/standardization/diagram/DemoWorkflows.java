package io.lodestar.pmo.sandbox.standardization.diagram;

import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.util.List;

/** The demo's built-in workflow templates (valid by {@code WorkflowValidator}). */
public final class DemoWorkflows {

  private DemoWorkflows() {}

  /** Delivery v3: the PMO's standard workflow for stories and tasks. */
  public static WorkflowTemplate delivery() {
    return new WorkflowTemplate(
        "Delivery v3",
        List.of(
            WorkflowStatus.initial("Backlog", StatusCategory.TODO),
            WorkflowStatus.of("Selected", StatusCategory.TODO),
            WorkflowStatus.of("In Progress", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("In Review", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Done", StatusCategory.DONE),
            WorkflowStatus.of("Won't do", StatusCategory.DONE)),
        List.of(
            Transition.of("Select", "Backlog", "Selected"),
            Transition.of("Start", "Selected", "In Progress")
                .withChecks(new TransitionCheck.AssigneeRequired()),
            Transition.of("Submit for review", "In Progress", "In Review"),
            Transition.of("Rework", "In Review", "In Progress"),
            Transition.of("Accept", "In Review", "Done")
                .withResolution()
                .withChecks(new TransitionCheck.SubtasksDone()),
            Transition.of("Decline", "Backlog", "Won't do")
                .withResolution()
                .withChecks(new TransitionCheck.OnlyRole("Project Manager")),
            Transition.of("Reopen", "Done", "Backlog")));
  }

  /** Change request: a short approval workflow with a required field. */
  public static WorkflowTemplate changeRequest() {
    return new WorkflowTemplate(
        "Change request",
        List.of(
            WorkflowStatus.initial("Submitted", StatusCategory.TODO),
            WorkflowStatus.of("Assessing", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Approved", StatusCategory.DONE),
            WorkflowStatus.of("Rejected", StatusCategory.DONE)),
        List.of(
            Transition.of("Assess", "Submitted", "Assessing")
                .withChecks(new TransitionCheck.FieldRequired("duedate")),
            Transition.of("Approve", "Assessing", "Approved")
                .withResolution()
                .withChecks(new TransitionCheck.OnlyRole("Sponsor")),
            Transition.of("Reject", "Assessing", "Rejected").withResolution(),
            Transition.of("Back to submitter", "Assessing", "Submitted")));
  }

  /** Every demo workflow, in display order. */
  public static List<WorkflowTemplate> all() {
    return List.of(delivery(), changeRequest());
  }
}
