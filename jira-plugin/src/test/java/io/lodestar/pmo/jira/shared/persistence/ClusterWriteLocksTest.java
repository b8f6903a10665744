package io.lodestar.pmo.jira.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.Test;

public class ClusterWriteLocksTest {

  private static final String NAME = "lodestar.internal.lock.risk-model.7";

  private final InMemoryActiveObjects ao = new InMemoryActiveObjects();
  private final InMemoryClusterLockService lockService = new InMemoryClusterLockService();
  private final AoTransactions transactions = new AoTransactions(ao);
  private final ClusterWriteLocks target =
      new ClusterWriteLocks(lockService, transactions, Duration.ofMillis(50));

  @Test
  public void lockUntilTransactionEnds_shouldHoldTheLockUntilTheOutermostTransactionEnds() {
    boolean heldAfterInner =
        transactions.inTransaction(
            () -> {
              transactions.inTransaction(
                  () -> {
                    target.lockUntilTransactionEnds("risk-model.7");
                    return null;
                  });
              return lockService.isLocked(NAME);
            });

    assertThat(heldAfterInner).isTrue();
    assertThat(lockService.isLocked(NAME)).isFalse();
  }

  @Test
  public void lockUntilTransactionEnds_shouldTakeTheLockOnce_whenAskedTwiceInOneTransaction() {
    transactions.inTransaction(
        () -> {
          target.lockUntilTransactionEnds("risk-model.7");
          target.lockUntilTransactionEnds("risk-model.7");
          return null;
        });

    assertThat(lockService.requested()).containsExactly(NAME);
    assertThat(lockService.isLocked(NAME)).isFalse();
  }

  @Test
  public void lockUntilTransactionEnds_shouldFailClearly_whenAnotherNodeHoldsTheLock()
      throws Exception {
    Thread otherNode = Races.holdLock(lockService, NAME);
    try {
      assertThatThrownBy(
              () ->
                  transactions.inTransaction(
                      () -> {
                        target.lockUntilTransactionEnds("risk-model.7");
                        return null;
                      }))
          .isInstanceOf(WriteLockUnavailableException.class)
          .hasMessageContaining(NAME)
          .hasMessageContaining("nothing was changed");
    } finally {
      otherNode.interrupt();
      otherNode.join();
    }
  }

  @Test
  public void lockUntilTransactionEnds_shouldMapTo503() {
    assertThat(new WriteLockUnavailableException("busy").status()).isEqualTo(503);
  }

  @Test
  public void lockUntilTransactionEnds_shouldRefuse_whenOutsideATransaction() {
    assertThatThrownBy(() -> target.lockUntilTransactionEnds("risk-model.7"))
        .isInstanceOf(IllegalStateException.class);
    assertThat(lockService.requested()).isEmpty();
  }

  @Test
  public void name_shouldRefuseSuffixesThatAreNotSimpleAscii() {
    assertThatThrownBy(() -> ClusterWriteLocks.name("risk model/7"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
