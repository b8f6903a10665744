package io.lodestar.pmo.jira.portfolio.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.app.shared.security.SettingRows;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotRetention;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSource;
import io.lodestar.pmo.jira.portfolio.persistence.AoSnapshotStore;
import io.lodestar.pmo.jira.portfolio.persistence.SnapshotEntity;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

/**
 * The nightly snapshot job against a real store on the in-memory Active Objects (so transactions
 * roll back and the unique key holds as in a database), with the source, the lock and the
 * scheduler's request mocked.
 */
public class SnapshotJobRunnerTest {

  /** 02:15 on 3 December: the run snapshots 2 December. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-03T02:15:00Z"), ZoneOffset.UTC);

  private static final LocalDate YESTERDAY = LocalDate.of(2026, 12, 2);

  private static final List<SnapshotNode> NODES =
      List.of("ALPHA", "BETA", "GAMMA", "DELTA", "EPS").stream()
          .map(SnapshotNode::project)
          .toList();

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private SnapshotSource source;
  @Mock private SettingRows settings;
  @Mock private ClusterLockService locks;
  @Mock private ClusterLock lock;
  @Mock private JobRunnerRequest request;

  private InMemoryActiveObjects ao;
  private AoSnapshotStore store;
  private SnapshotJobRunner target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(SnapshotEntity.class);
    store = new AoSnapshotStore(ao);
    when(locks.getLockForName(SnapshotJobRunner.LOCK)).thenReturn(lock);
    when(lock.tryLock()).thenReturn(true);
    when(settings.find(SnapshotJobRunner.RETENTION_KEY))
        .thenReturn(Optional.of(new SettingRows.Row(SnapshotRetention.DEFAULT.text(), 1)));
    when(source.nodes()).thenReturn(NODES);
    when(source.snapshot(any(), any()))
        .thenAnswer(call -> Optional.of(snapshot(call.getArgument(0), call.getArgument(1))));
    target =
        new SnapshotJobRunner(source, store, settings, locks, new AoTransactions(ao), CLOCK, 2);
  }

  private static MetricSnapshot snapshot(SnapshotNode node, LocalDate date) {
    return MetricSnapshot.builder(new SnapshotKey(node, date), "EUR")
        .earnedValue(new BigDecimal("100"), new BigDecimal("50"), new BigDecimal("40"), null)
        .build();
  }

  private List<String> storedKeys() {
    List<String> keys = new ArrayList<>();
    ao.rows(SnapshotEntity.class).values().forEach(r -> keys.add((String) r.get("SNAPSHOT_KEY")));
    return keys;
  }

  @Test
  public void runJob_shouldDoNothing_whenTheLockIsNotAcquired() {
    // given another run holds the lock
    when(lock.tryLock()).thenReturn(false);

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    assertThat(response.toString()).startsWith("ABORTED").contains("nothing done");
    verifyNoInteractions(source, settings);
    assertThat(ao.rows(SnapshotEntity.class)).isEmpty();
    verify(lock, never()).unlock();
  }

  @Test
  public void runJob_shouldStoreYesterdaysSnapshotOfEveryNode_andReleaseTheLock() {
    JobRunnerResponse response = target.runJob(request);

    assertThat(storedKeys())
        .containsExactlyInAnyOrder(
            "PROJECT:ALPHA@2026-12-02",
            "PROJECT:BETA@2026-12-02",
            "PROJECT:GAMMA@2026-12-02",
            "PROJECT:DELTA@2026-12-02",
            "PROJECT:EPS@2026-12-02");
    assertThat(response.toString()).startsWith("SUCCESSFUL").contains("5 written");
    verify(lock).unlock();
  }

  @Test
  public void runJob_shouldWriteNothingTwice_whenRetried() {
    target.runJob(request);

    JobRunnerResponse retry = target.runJob(request);

    assertThat(ao.rows(SnapshotEntity.class)).hasSize(5);
    assertThat(retry.toString()).contains("0 written, 5 already stored");
    for (SnapshotNode node : NODES) {
      verify(source, times(1)).snapshot(node, YESTERDAY); // the retry did not even compute
    }
  }

  @Test
  public void runJob_shouldResumeWhereItStopped_whenTheDatabaseFailsMidway() {
    // given the database fails on the third insert: in the second batch (GAMMA, DELTA)
    ao.failOnWrite(3);

    JobRunnerResponse failed = target.runJob(request);

    // then the first batch is stored, the second rolled back as a whole, the lock released
    assertThat(failed.toString()).startsWith("FAILED").contains("simulated database failure");
    assertThat(storedKeys())
        .containsExactlyInAnyOrder("PROJECT:ALPHA@2026-12-02", "PROJECT:BETA@2026-12-02");
    verify(lock).unlock();

    // when the next run of the night comes
    JobRunnerResponse resumed = target.runJob(request);

    // then it writes what was missing, and only that
    assertThat(resumed.toString()).contains("3 written, 2 already stored");
    assertThat(ao.rows(SnapshotEntity.class)).hasSize(5);
    verify(source, times(1)).snapshot(NODES.get(0), YESTERDAY);
    verify(source, times(2)).snapshot(NODES.get(2), YESTERDAY);
  }

  @Test
  public void runJob_shouldSkipANodeThatCannotBeComputed_andTryItAgainNextRun() {
    doThrow(new IllegalStateException("index warming"))
        .when(source)
        .snapshot(eq(NODES.get(1)), any());

    JobRunnerResponse first = target.runJob(request);

    assertThat(first.toString())
        .startsWith("SUCCESSFUL")
        .contains("4 written")
        .contains("1 failed");
    assertThat(storedKeys()).doesNotContain("PROJECT:BETA@2026-12-02");

    doReturn(Optional.of(snapshot(NODES.get(1), YESTERDAY)))
        .when(source)
        .snapshot(eq(NODES.get(1)), any());
    target.runJob(request);

    assertThat(storedKeys()).contains("PROJECT:BETA@2026-12-02").hasSize(5);
  }

  @Test
  public void runJob_shouldRefuseASnapshotOfAnotherDay_asAFailedNode() {
    doReturn(Optional.of(snapshot(NODES.get(0), YESTERDAY.minusDays(1))))
        .when(source)
        .snapshot(eq(NODES.get(0)), any());

    JobRunnerResponse response = target.runJob(request);

    assertThat(response.toString()).contains("4 written").contains("1 failed");
    assertThat(storedKeys()).noneMatch(k -> k.startsWith("PROJECT:ALPHA"));
  }

  @Test
  public void runJob_shouldCountNodesWithoutASnapshot() {
    doReturn(Optional.empty()).when(source).snapshot(eq(NODES.get(4)), any());

    JobRunnerResponse response = target.runJob(request);

    assertThat(response.toString()).contains("4 written").contains("1 without a snapshot");
  }

  @Test
  public void runJob_shouldStopBetweenBatches_whenCancelled() {
    when(request.isCancellationRequested()).thenReturn(false, true);

    JobRunnerResponse response = target.runJob(request);

    assertThat(response.toString()).startsWith("ABORTED").contains("2 written");
    assertThat(ao.rows(SnapshotEntity.class)).hasSize(2);
    verify(lock).unlock();
  }

  @Test
  public void runJob_shouldDropWhatTheConfiguredRetentionNoLongerKeeps() {
    // given 60 nightly snapshots of ALPHA before yesterday, and a week daily, then monthly
    SnapshotNode alpha = NODES.get(0);
    List<LocalDate> old = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      old.add(YESTERDAY.minusDays(i));
      store.putIfAbsent(snapshot(alpha, YESTERDAY.minusDays(i)));
    }
    SnapshotRetention retention = new SnapshotRetention(7, 0, 0);
    when(settings.find(SnapshotJobRunner.RETENTION_KEY))
        .thenReturn(Optional.of(new SettingRows.Row(retention.text(), 2)));

    JobRunnerResponse response = target.runJob(request);

    List<LocalDate> all = new ArrayList<>(old);
    all.add(YESTERDAY);
    List<LocalDate> expectedDrop = retention.datesToDrop(LocalDate.now(CLOCK), all);
    assertThat(expectedDrop).hasSizeGreaterThan(40); // the test is about something
    List<LocalDate> kept = new ArrayList<>(all);
    kept.removeAll(expectedDrop);
    assertThat(store.dates(alpha)).containsExactlyInAnyOrderElementsOf(kept);
    assertThat(store.dates(alpha)).contains(LocalDate.of(2026, 10, 31), LocalDate.of(2026, 11, 30));
    assertThat(response.toString()).contains(expectedDrop.size() + " dropped by retention");
  }

  @Test
  public void runJob_shouldKeepTheDefaultRetention_whenTheSettingIsUnreadable() {
    SnapshotNode alpha = NODES.get(0);
    for (int i = 1; i <= 30; i++) {
      store.putIfAbsent(snapshot(alpha, YESTERDAY.minusDays(i)));
    }
    when(settings.find(SnapshotJobRunner.RETENTION_KEY))
        .thenReturn(Optional.of(new SettingRows.Row("keep everything please", 2)));

    target.runJob(request);

    List<LocalDate> all = new ArrayList<>();
    for (int i = 0; i <= 30; i++) {
      all.add(YESTERDAY.minusDays(i));
    }
    List<LocalDate> kept = new ArrayList<>(all);
    kept.removeAll(SnapshotRetention.DEFAULT.datesToDrop(LocalDate.now(CLOCK), all));
    assertThat(store.dates(alpha)).containsExactlyInAnyOrderElementsOf(kept);
  }
}
