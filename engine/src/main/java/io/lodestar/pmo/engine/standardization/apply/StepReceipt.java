package io.lodestar.pmo.engine.standardization.apply;

import java.util.Objects;
import java.util.Optional;

/**
 * What the host did for one step, kept to undo it: the id of what it created (a scheme, a project)
 * and an opaque memento of what it replaced (e.g. the previous scheme id).
 *
 * @param stepIndex zero-based index of the step in the plan
 * @param createdId id of the created object; empty when the step created nothing
 * @param memento host data the undo needs; empty when none
 */
public record StepReceipt(int stepIndex, Optional<String> createdId, Optional<String> memento) {

  public StepReceipt {
    Objects.requireNonNull(createdId, "createdId");
    Objects.requireNonNull(memento, "memento");
  }
}
