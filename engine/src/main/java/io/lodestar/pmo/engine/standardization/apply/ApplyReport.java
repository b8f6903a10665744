package io.lodestar.pmo.engine.standardization.apply;

import java.util.List;
import java.util.Objects;

/** How applying a plan ended. */
public sealed interface ApplyReport permits ApplyReport.Applied, ApplyReport.RolledBack {

  /** Every step was applied. */
  record Applied(ApplyPlan plan, List<StepReceipt> receipts) implements ApplyReport {
    public Applied {
      Objects.requireNonNull(plan, "plan");
      receipts = List.copyOf(receipts);
    }
  }

  /**
   * Step {@code failedStep} failed, and the steps before it were undone in reverse order. {@code
   * undoFailures} lists the steps whose undo failed too (then the project needs an administrator:
   * the report says exactly which steps remain).
   *
   * @param failedStep zero-based index of the failing step
   * @param reason the failing step's reason
   * @param undone indexes of the steps undone, in the order they were undone
   * @param undoFailures steps whose undo failed, with the reason
   */
  record RolledBack(
      ApplyPlan plan,
      int failedStep,
      String reason,
      List<Integer> undone,
      List<UndoFailure> undoFailures)
      implements ApplyReport {
    public RolledBack {
      Objects.requireNonNull(plan, "plan");
      Objects.requireNonNull(reason, "reason");
      undone = List.copyOf(undone);
      undoFailures = List.copyOf(undoFailures);
    }

    /** True when every earlier step was undone. */
    public boolean clean() {
      return undoFailures.isEmpty();
    }
  }

  /**
   * An undo that failed.
   *
   * @param stepIndex the step
   * @param reason why
   */
  record UndoFailure(int stepIndex, String reason) {
    public UndoFailure {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
