package io.lodestar.pmo.engine.standardization.workflow;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.DUPLICATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.REQUIRED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TOO_MANY;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_NO_DONE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_NO_INITIAL;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_NO_WAY_TO_DONE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_RESOLUTION_NOT_DONE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_SEVERAL_INITIAL;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_UNKNOWN_STATUS;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_UNREACHABLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowValidatorTest {

  private static final WorkflowStatus TODO = WorkflowStatus.initial("To Do", StatusCategory.TODO);
  private static final WorkflowStatus DOING =
      WorkflowStatus.of("Doing", StatusCategory.IN_PROGRESS);
  private static final WorkflowStatus DONE = WorkflowStatus.of("Done", StatusCategory.DONE);

  private static List<Violation> validate(
      List<WorkflowStatus> statuses, List<Transition> transitions) {
    return WorkflowValidator.validate(new WorkflowTemplate("W", statuses, transitions), "wf");
  }

  @Test
  void validate_shouldFindNothing_whenWorkflowIsTheDeliveryExample() {
    assertThat(WorkflowValidator.validate(Fixtures.delivery(), "wf")).isEmpty();
  }

  @Test
  void validate_shouldRefuse_whenNoStatusIsInitial() {
    List<Violation> problems =
        validate(
            List.of(WorkflowStatus.of("To Do", StatusCategory.TODO), DONE),
            List.of(Transition.of("Go", "To Do", "Done")));
    assertThat(problems).containsExactly(Violation.of("wf.statuses", WORKFLOW_NO_INITIAL));
  }

  @Test
  void validate_shouldRefuse_whenTwoStatusesAreInitial() {
    List<Violation> problems =
        validate(
            List.of(TODO, WorkflowStatus.initial("Done", StatusCategory.DONE)),
            List.of(Transition.of("Go", "To Do", "Done")));
    assertThat(problems).containsExactly(Violation.of("wf.statuses", WORKFLOW_SEVERAL_INITIAL, 2));
  }

  @Test
  void validate_shouldRefuseDuplicate_whenNamesDifferOnlyInCaseAndBlanks() {
    List<Violation> problems =
        validate(
            List.of(TODO, DONE, WorkflowStatus.of(" done ", StatusCategory.DONE)),
            List.of(Transition.of("Go", "To Do", "Done")));
    assertThat(problems).containsExactly(Violation.of("wf.statuses[2].name", DUPLICATE, "done"));
  }

  @Test
  void validate_shouldNameTheField_whenATransitionNamesAnUnknownStatus() {
    List<Violation> problems =
        validate(
            List.of(TODO, DONE),
            List.of(
                Transition.of("Go", "To Do", "Done"), Transition.of("Back", "Closed", "To Do")));
    assertThat(problems)
        .containsExactly(Violation.of("wf.transitions[1].from", WORKFLOW_UNKNOWN_STATUS, "Closed"));
  }

  @Test
  void validate_shouldRefuse_whenAStatusCannotBeReachedFromTheInitialOne() {
    List<Violation> problems =
        validate(
            List.of(TODO, DOING, DONE),
            List.of(
                Transition.of("Go", "To Do", "Done"), Transition.of("Finish", "Doing", "Done")));
    assertThat(problems)
        .containsExactly(Violation.of("wf.statuses[1]", WORKFLOW_UNREACHABLE, "Doing"));
  }

  @Test
  void validate_shouldRefuse_whenNoDoneStatusCanBeReachedFromAStatus() {
    List<Violation> problems =
        validate(
            List.of(TODO, DOING, DONE),
            List.of(
                Transition.of("Go", "To Do", "Done"), Transition.of("Start", "To Do", "Doing")));
    assertThat(problems)
        .containsExactly(Violation.of("wf.statuses[1]", WORKFLOW_NO_WAY_TO_DONE, "Doing"));
  }

  @Test
  void validate_shouldRefuse_whenThereIsNoDoneStatus() {
    List<Violation> problems =
        validate(List.of(TODO, DOING), List.of(Transition.of("Start", "To Do", "Doing")));
    assertThat(problems).containsExactly(Violation.of("wf.statuses", WORKFLOW_NO_DONE));
  }

  @Test
  void validate_shouldRefuse_whenAResolutionIsSetIntoAStatusThatIsNotDone() {
    List<Violation> problems =
        validate(
            List.of(TODO, DOING, DONE),
            List.of(
                Transition.of("Start", "To Do", "Doing").withResolution(),
                Transition.of("Finish", "Doing", "Done")));
    assertThat(problems)
        .containsExactly(
            Violation.of(
                "wf.transitions[0].setsResolution", WORKFLOW_RESOLUTION_NOT_DONE, "Doing"));
  }

  @Test
  void validate_shouldRefuseBlankRoleAndDuplicateChecks() {
    List<Violation> problems =
        validate(
            List.of(TODO, DONE),
            List.of(
                Transition.of("Go", "To Do", "Done")
                    .withChecks(
                        new TransitionCheck.OnlyRole(" "),
                        new TransitionCheck.FieldRequired("duedate"),
                        new TransitionCheck.FieldRequired("duedate"))));
    assertThat(problems)
        .containsExactly(
            Violation.of("wf.transitions[0].checks[0].role", REQUIRED),
            Violation.of("wf.transitions[0].checks[2]", DUPLICATE, "fieldRequired:duedate"));
  }

  @Test
  void validate_shouldBoundTheNumberOfStatuses() {
    List<WorkflowStatus> statuses = new ArrayList<>();
    statuses.add(TODO);
    for (int i = 0; i < WorkflowValidator.MAX_STATUSES; i++) {
      statuses.add(WorkflowStatus.of("S" + i, StatusCategory.DONE));
    }
    assertThat(validate(statuses, List.of()))
        .containsExactly(Violation.of("wf.statuses", TOO_MANY, WorkflowValidator.MAX_STATUSES));
  }

  @Test
  void sameShapeAs_shouldIgnoreOrderAndWorkflowName_butNotCategoriesOrChecks() {
    WorkflowTemplate a = Fixtures.delivery();
    List<WorkflowStatus> reversed = new ArrayList<>(a.statuses());
    java.util.Collections.reverse(reversed);
    List<Transition> transitions = new ArrayList<>(a.transitions());
    java.util.Collections.reverse(transitions);
    WorkflowTemplate reordered = new WorkflowTemplate("Other name", reversed, transitions);
    assertThat(a.sameShapeAs(reordered)).isTrue();

    List<WorkflowStatus> recategorised = new ArrayList<>(a.statuses());
    recategorised.set(1, WorkflowStatus.of("In Progress", StatusCategory.TODO));
    assertThat(a.sameShapeAs(new WorkflowTemplate("W", recategorised, a.transitions()))).isFalse();

    List<Transition> unchecked = new ArrayList<>(a.transitions());
    unchecked.set(0, Transition.of("Start", "To Do", "In Progress"));
    assertThat(a.sameShapeAs(new WorkflowTemplate("W", a.statuses(), unchecked))).isFalse();
  }
}
