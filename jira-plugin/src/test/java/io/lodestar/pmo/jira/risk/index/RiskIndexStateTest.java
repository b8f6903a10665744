package io.lodestar.pmo.jira.risk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;

public class RiskIndexStateTest {

  private static final String A = "a".repeat(64);
  private static final String B = "b".repeat(64);

  @Test
  public void decode_shouldReturnWhatEncodeWrote() {
    RiskIndexState state = new RiskIndexState(A, B, 3, 9, true, 11, 12, 13);
    assertThat(RiskIndexState.decode(state.encode())).isEqualTo(state);
    assertThat(RiskIndexState.decode(RiskIndexState.NONE.encode())).isEqualTo(RiskIndexState.NONE);
    assertThat(RiskIndexState.decode(null)).isEqualTo(RiskIndexState.NONE);
  }

  @Test
  public void decode_shouldRefuse_whenTheTextIsNotAState() {
    assertThatThrownBy(() -> RiskIndexState.decode("built=xyz"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RiskIndexState.decode("garbage"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void completed_shouldMakeTheTargetTheBuiltStamp_onlyAtTheEnd() {
    RiskIndexState running =
        RiskIndexState.NONE.requested(A, 1).started(A, 10, 2).progressed(10, 3);
    assertThat(running.consistentFor(A)).isFalse();
    RiskIndexState done = running.completed(4);
    assertThat(done.consistentFor(A)).isTrue();
    assertThat(done.running()).isFalse();
  }

  @Test
  public void failed_shouldKeepTheBuiltStamp() {
    RiskIndexState failed =
        new RiskIndexState(A, A, 0, 0, false, 0, 0, 0).requested(B, 1).started(B, 5, 2).failed(3);
    assertThat(failed.built()).isEqualTo(A);
    assertThat(failed.target()).isEqualTo(B);
    assertThat(failed.failedAt()).isEqualTo(3);
    assertThat(failed.consistentFor(B)).isFalse();
  }

  @Test
  public void requested_shouldResetTheProgress_whenTheStampIsAnother() {
    RiskIndexState running = RiskIndexState.NONE.started(A, 10, 1).progressed(5, 2);
    RiskIndexState other = running.requested(B, 3);
    assertThat(other.done()).isZero();
    assertThat(other.running()).isFalse();
    assertThat(running.requested(A, 3).done()).isEqualTo(5);
  }

  @Test
  public void constructor_shouldRefuse_whenAStampIsNotHex() {
    assertThatThrownBy(() -> new RiskIndexState("x", null, 0, 0, false, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
