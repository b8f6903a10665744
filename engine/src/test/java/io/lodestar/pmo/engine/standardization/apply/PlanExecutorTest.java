package io.lodestar.pmo.engine.standardization.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** All-or-nothing apply: a fake host whose step N fails, and the rollback in reverse order. */
class PlanExecutorTest {

  /**
   * Records what it does; fails the step at {@code failAt}, and the undo of {@code undoFailsAt}.
   */
  static final class FakeHost implements ApplyHost {
    final List<String> log = new ArrayList<>();
    int failAt = -1;
    int throwAt = -1;
    int undoFailsAt = -1;

    @Override
    public StepResult execute(int index, ApplyStep step, List<StepReceipt> done) {
      if (index == throwAt) {
        throw new IllegalStateException("scheme service down");
      }
      if (index == failAt) {
        log.add("fail " + index);
        return new StepResult.Failed("step " + index + " refused");
      }
      String created = null;
      if (step instanceof ApplyStep.CreateWorkflowScheme) {
        created = "WS-" + (100 + index);
      }
      if (step instanceof ApplyStep.AssociateWorkflowScheme a
          && a.scheme() instanceof SchemeRef.Created c) {
        log.add("associate " + done.get(c.stepIndex()).createdId().orElseThrow());
      } else {
        log.add("do " + index);
      }
      return new StepResult.Done(
          new StepReceipt(index, Optional.ofNullable(created), Optional.of("before-" + index)));
    }

    @Override
    public StepResult undo(ApplyStep step, StepReceipt receipt) {
      if (receipt.stepIndex() == undoFailsAt) {
        log.add("undo failed " + receipt.stepIndex());
        return new StepResult.Failed("cannot delete");
      }
      log.add("undo " + receipt.stepIndex() + " " + receipt.memento().orElse(""));
      return new StepResult.Done(receipt);
    }
  }

  private static final ApplyPlan PLAN =
      new ApplyPlan(
          "DEL",
          "delivery",
          1,
          List.of(
              new ApplyStep.CreateWorkflowScheme("S", Map.of(), Optional.empty()),
              new ApplyStep.AssociateWorkflowScheme(new SchemeRef.Created(0, "S"), List.of()),
              new ApplyStep.SetCategory(Optional.empty(), "Delivery"),
              new ApplyStep.AddComponents(List.of("Backend"))),
          List.of(),
          List.of());

  private final FakeHost host = new FakeHost();
  private final PlanExecutor target = new PlanExecutor(host);

  @Test
  void apply_shouldRunEveryStepInOrder_passingEarlierReceipts() {
    ApplyReport report = target.apply(PLAN);

    assertThat(report).isInstanceOf(ApplyReport.Applied.class);
    assertThat(((ApplyReport.Applied) report).receipts()).hasSize(4);
    assertThat(host.log).containsExactly("do 0", "associate WS-100", "do 2", "do 3");
  }

  @Test
  void apply_shouldUndoEarlierStepsInReverseOrder_whenStepNFails() {
    host.failAt = 2;

    ApplyReport report = target.apply(PLAN);

    assertThat(host.log)
        .containsExactly(
            "do 0", "associate WS-100", "fail 2", "undo 1 before-1", "undo 0 before-0");
    ApplyReport.RolledBack rolledBack = (ApplyReport.RolledBack) report;
    assertThat(rolledBack.failedStep()).isEqualTo(2);
    assertThat(rolledBack.reason()).isEqualTo("step 2 refused");
    assertThat(rolledBack.undone()).containsExactly(1, 0);
    assertThat(rolledBack.clean()).isTrue();
  }

  @Test
  void apply_shouldUndoNothing_whenTheFirstStepFails() {
    host.failAt = 0;
    ApplyReport.RolledBack report = (ApplyReport.RolledBack) target.apply(PLAN);
    assertThat(report.undone()).isEmpty();
    assertThat(host.log).containsExactly("fail 0");
  }

  @Test
  void apply_shouldTreatAnExceptionAsAFailure_andRollBack() {
    host.throwAt = 3;
    ApplyReport.RolledBack report = (ApplyReport.RolledBack) target.apply(PLAN);
    assertThat(report.failedStep()).isEqualTo(3);
    assertThat(report.reason()).isEqualTo("scheme service down");
    assertThat(report.undone()).containsExactly(2, 1, 0);
  }

  @Test
  void apply_shouldContinueRollingBack_pastAnUndoThatFails_andReportIt() {
    host.failAt = 3;
    host.undoFailsAt = 1;

    ApplyReport.RolledBack report = (ApplyReport.RolledBack) target.apply(PLAN);

    assertThat(report.undone()).containsExactly(2, 0);
    assertThat(report.undoFailures())
        .containsExactly(new ApplyReport.UndoFailure(1, "cannot delete"));
    assertThat(report.clean()).isFalse();
  }
}
