package io.lodestar.pmo.engine.standardization.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of workflow validation and shape. */
class WorkflowPropertiesTest {

  /** S0 (initial) → S1 → … → Sn-1 (Done), each step also back to S0. */
  private static WorkflowTemplate chain(int n) {
    List<WorkflowStatus> statuses = new ArrayList<>();
    List<Transition> transitions = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StatusCategory category =
          i == 0
              ? StatusCategory.TODO
              : i == n - 1 ? StatusCategory.DONE : StatusCategory.IN_PROGRESS;
      statuses.add(new WorkflowStatus("S" + i, category, i == 0));
      if (i > 0) {
        transitions.add(Transition.of("to " + i, "S" + (i - 1), "S" + i));
        transitions.add(Transition.of("reset", "S" + i, "S0"));
      }
    }
    return new WorkflowTemplate("chain", statuses, transitions);
  }

  @Property
  void aChainToDone_shouldAlwaysBeValid(@ForAll @IntRange(min = 2, max = 50) int n) {
    assertThat(WorkflowValidator.validate(chain(n), "wf")).isEmpty();
  }

  @Property
  void cuttingTheChain_shouldMakeTheLaterStatusesUnreachable(
      @ForAll @IntRange(min = 3, max = 50) int n, @ForAll @IntRange(min = 1, max = 48) int cut) {
    int at = 1 + (cut % (n - 1));
    WorkflowTemplate full = chain(n);
    List<Transition> transitions = new ArrayList<>(full.transitions());
    transitions.removeIf(t -> t.to().equals("S" + at) && t.from().equals("S" + (at - 1)));
    WorkflowTemplate cutOff = new WorkflowTemplate("chain", full.statuses(), transitions);
    assertThat(WorkflowValidator.validate(cutOff, "wf"))
        .extracting(v -> v.args().get(0))
        .contains("S" + at);
  }

  @Property
  void shape_shouldNotDependOnOrder(@ForAll @IntRange(min = 2, max = 30) int n, @ForAll long seed) {
    WorkflowTemplate w = chain(n);
    List<WorkflowStatus> statuses = new ArrayList<>(w.statuses());
    List<Transition> transitions = new ArrayList<>(w.transitions());
    Collections.shuffle(statuses, new java.util.Random(seed));
    Collections.shuffle(transitions, new java.util.Random(seed + 1));
    assertThat(new WorkflowTemplate("x", statuses, transitions).sameShapeAs(w)).isTrue();
  }
}
