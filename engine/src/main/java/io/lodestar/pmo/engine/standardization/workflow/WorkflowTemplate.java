package io.lodestar.pmo.engine.standardization.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A workflow template: the statuses, their categories and the transitions between them. The record
 * holds what was entered; {@link WorkflowValidator} says whether it is usable. Two workflows have
 * the same shape when their statuses and transitions are equal regardless of order and of the
 * workflow's name: that is what "an identical workflow" means when a scheme is re-used.
 *
 * @param name the workflow name; never null
 * @param statuses the statuses in the admin's order; never null, copied
 * @param transitions the transitions in the admin's order; never null, copied
 */
public record WorkflowTemplate(
    String name, List<WorkflowStatus> statuses, List<Transition> transitions) {

  public WorkflowTemplate {
    Objects.requireNonNull(name, "name");
    statuses = List.copyOf(statuses);
    transitions = List.copyOf(transitions);
  }

  /** The status with this name (exact), if any. */
  public Optional<WorkflowStatus> status(String statusName) {
    return statuses.stream().filter(s -> s.name().equals(statusName)).findFirst();
  }

  /** The status with this name ignoring case and surrounding blanks, as Jira matches names. */
  public Optional<WorkflowStatus> statusIgnoringCase(String statusName) {
    String wanted = statusName.trim();
    return statuses.stream().filter(s -> s.name().trim().equalsIgnoreCase(wanted)).findFirst();
  }

  /** The shape: statuses sorted by name, transitions by (from, to, name), the name left out. */
  public WorkflowTemplate canonical() {
    return new WorkflowTemplate(
        "",
        statuses.stream().sorted(Comparator.comparing(WorkflowStatus::name)).toList(),
        transitions.stream()
            .map(Transition::canonical)
            .sorted(
                Comparator.comparing(Transition::from)
                    .thenComparing(Transition::to)
                    .thenComparing(Transition::name))
            .toList());
  }

  /** True when both have the same statuses and transitions, whatever their order and names. */
  public boolean sameShapeAs(WorkflowTemplate other) {
    return canonical().equals(other.canonical());
  }
}
