package io.lodestar.pmo.engine.standardization.apply;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Applies a plan all-or-nothing: executes the steps in order; when step N fails (a {@link
 * ApplyHost.StepResult.Failed} or an exception), undoes steps N-1 … 0 in reverse order, continuing
 * past an undo that fails so that as much as possible is rolled back, and reports exactly what
 * happened. The failed step itself is not undone: the host's contract is that a failed step leaves
 * nothing behind.
 */
public final class PlanExecutor {

  private final ApplyHost host;

  public PlanExecutor(ApplyHost host) {
    this.host = Objects.requireNonNull(host, "host");
  }

  public ApplyReport apply(ApplyPlan plan) {
    List<StepReceipt> done = new ArrayList<>();
    for (int i = 0; i < plan.steps().size(); i++) {
      ApplyStep step = plan.steps().get(i);
      ApplyHost.StepResult result;
      try {
        result = host.execute(i, step, List.copyOf(done));
      } catch (RuntimeException e) {
        result = new ApplyHost.StepResult.Failed(reason(e));
      }
      if (result instanceof ApplyHost.StepResult.Done ok) {
        done.add(ok.receipt());
      } else {
        return rollBack(plan, i, ((ApplyHost.StepResult.Failed) result).reason(), done);
      }
    }
    return new ApplyReport.Applied(plan, done);
  }

  private ApplyReport rollBack(ApplyPlan plan, int failed, String reason, List<StepReceipt> done) {
    List<Integer> undone = new ArrayList<>();
    List<ApplyReport.UndoFailure> failures = new ArrayList<>();
    for (int i = done.size() - 1; i >= 0; i--) {
      StepReceipt receipt = done.get(i);
      ApplyHost.StepResult result;
      try {
        result = host.undo(plan.steps().get(i), receipt);
      } catch (RuntimeException e) {
        result = new ApplyHost.StepResult.Failed(reason(e));
      }
      if (result instanceof ApplyHost.StepResult.Failed f) {
        failures.add(new ApplyReport.UndoFailure(i, f.reason()));
      } else {
        undone.add(i);
      }
    }
    return new ApplyReport.RolledBack(plan, failed, reason, undone, failures);
  }

  private static String reason(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
