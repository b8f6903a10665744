package io.lodestar.pmo.jira.portfolio.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.ReconcileReport;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.shared.persistence.Races;
import java.time.Instant;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class RollupReconcileJobRunnerTest {

  private JiraRollupIndex index;
  private RollupIndexSync sync;
  private InMemoryClusterLockService locks;
  private RollupReconcileJobRunner target;

  @Before
  public void setUp() {
    index = mock(JiraRollupIndex.class);
    sync = mock(RollupIndexSync.class);
    locks = new InMemoryClusterLockService();
    target = new RollupReconcileJobRunner(index, sync, locks);
  }

  private static ReconcileReport report(int drifted) {
    return new ReconcileReport(
        Instant.parse("2026-12-03T02:45:00Z"),
        10,
        11,
        drifted == 0 ? List.of() : List.of("project:WEB"),
        drifted);
  }

  @Test
  public void runJob_shouldReconcileUnderTheLock_andAskTheOthersToRebuild_whenItDrifted() {
    when(index.reconcile()).thenReturn(report(1));

    JobRunnerResponse response = target.runJob(null);

    assertThat(response.getMessage()).contains("1 nodes drifted [project:WEB]");
    verify(sync).askOthersToRebuild();
    assertThat(locks.requested()).containsExactly(RollupReconcileJobRunner.LOCK);
    assertThat(locks.isLocked(RollupReconcileJobRunner.LOCK)).isFalse();
  }

  @Test
  public void runJob_shouldNotDisturbTheOthers_whenNothingDrifted() {
    when(index.reconcile()).thenReturn(report(0));

    target.runJob(null);

    verify(sync, never()).askOthersToRebuild();
  }

  @Test
  public void runJob_shouldAbortHavingDoneNothing_whenTheLockIsNotAcquired() throws Exception {
    Thread otherNode = Races.holdLock(locks, RollupReconcileJobRunner.LOCK);
    try {
      JobRunnerResponse response = target.runJob(null);

      assertThat(response.getMessage()).contains("another run holds the lock");
    } finally {
      otherNode.interrupt();
      otherNode.join();
    }
    verify(index, never()).reconcile();
  }

  @Test
  public void runJob_shouldFailAndReleaseTheLock_whenTheSearchFails() {
    when(index.reconcile())
        .thenThrow(new RollupIssueSource.RollupSourceException("page 0 failed", null));

    JobRunnerResponse response = target.runJob(null);

    assertThat(response.getMessage()).contains("page 0 failed");
    assertThat(locks.isLocked(RollupReconcileJobRunner.LOCK)).isFalse();
    verify(sync, never()).askOthersToRebuild();
  }
}
