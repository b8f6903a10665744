package io.lodestar.pmo.engine.standardization.apply;

import java.util.List;
import java.util.Objects;

/**
 * The host side of applying a plan: executes one step and undoes one step. The engine's {@link
 * PlanExecutor} owns the protocol (order, rollback in reverse order, report); the host owns the
 * Jira calls. An exception thrown by either method is treated like a {@link StepResult.Failed}.
 */
public interface ApplyHost {

  /**
   * Executes step {@code index} of the plan.
   *
   * @param done receipts of the steps executed before, in order (e.g. to find the id of the scheme
   *     a {@link SchemeRef.Created} refers to)
   */
  StepResult execute(int index, ApplyStep step, List<StepReceipt> done);

  /** Undoes a step that {@link #execute} completed, given its receipt. */
  StepResult undo(ApplyStep step, StepReceipt receipt);

  /** A step's outcome. */
  sealed interface StepResult permits StepResult.Done, StepResult.Failed {

    /** Done, with what is needed to undo it. */
    record Done(StepReceipt receipt) implements StepResult {
      public Done {
        Objects.requireNonNull(receipt, "receipt");
      }
    }

    /**
     * Failed; nothing of the step is left behind.
     *
     * @param reason the host's reason (an i18n key or the service's message); never null
     */
    record Failed(String reason) implements StepResult {
      public Failed {
        Objects.requireNonNull(reason, "reason");
      }
    }
  }
}
