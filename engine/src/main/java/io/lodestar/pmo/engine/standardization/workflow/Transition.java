package io.lodestar.pmo.engine.standardization.workflow;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One transition between two statuses of a workflow template. Global transitions (from any status)
 * are not part of the template model: list one transition per source status instead, so that the
 * reachability rules can be checked.
 *
 * @param name the transition name shown on the button; never null
 * @param from the source status name; never null
 * @param to the target status name; never null
 * @param setsResolution whether the transition asks for a resolution (its screen shows Resolution);
 *     only allowed into a Done-category status
 * @param checks conditions and validators from the fixed set; never null, copied
 */
public record Transition(
    String name, String from, String to, boolean setsResolution, List<TransitionCheck> checks) {

  public Transition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    checks = List.copyOf(checks);
  }

  /** A transition with no resolution and no checks. */
  public static Transition of(String name, String from, String to) {
    return new Transition(name, from, to, false, List.of());
  }

  /** This transition, asking for a resolution. */
  public Transition withResolution() {
    return new Transition(name, from, to, true, checks);
  }

  /** This transition with the given checks (replacing any). */
  public Transition withChecks(TransitionCheck... newChecks) {
    return new Transition(name, from, to, setsResolution, List.of(newChecks));
  }

  /** The same transition with its checks in canonical order. */
  Transition canonical() {
    return new Transition(
        name,
        from,
        to,
        setsResolution,
        checks.stream().sorted(Comparator.comparing(TransitionCheck::canonical)).toList());
  }
}
