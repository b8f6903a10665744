package io.lodestar.pmo.app.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSource;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotStore;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Transactions;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class SnapshotTakerTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private AuditLog audit;

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
  private static final SnapshotNode MOB = SnapshotNode.project("MOB");
  private static final SnapshotNode NOPROFILE = SnapshotNode.project("NOP");
  private static final SnapshotNode DIGITAL =
      new SnapshotNode(SnapshotNode.Kind.PORTFOLIO, "DIGITAL");

  private final Transactions transactions =
      new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
          return work.get();
        }
      };

  private final MemoryStore store = new MemoryStore();
  private SnapshotTaker target;

  @Before
  public void setUp() {
    SnapshotSource source =
        new SnapshotSource() {
          @Override
          public List<SnapshotNode> nodes() {
            return List.of(MOB, NOPROFILE, DIGITAL);
          }

          @Override
          public Optional<MetricSnapshot> snapshot(SnapshotNode node, LocalDate date) {
            if (node.equals(NOPROFILE)) {
              return Optional.empty();
            }
            return Optional.of(
                MetricSnapshot.builder(new SnapshotKey(node, date), "EUR")
                    .earnedValue(BigDecimal.TEN, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)
                    .build());
          }
        };
    Clock clock = Clock.fixed(Instant.parse("2026-12-03T22:00:00Z"), ZoneOffset.UTC);
    target = new SnapshotTaker(source, store, audit, transactions, clock);
  }

  @Test
  public void takeNow_shouldWriteEverySnapshotableNodeOnce_andAuditTheRun() {
    // when a PMO admin takes the snapshots
    SnapshotTaker.Run run = target.takeNow("pmo");

    // then the two nodes with figures are stored for today, the one without is skipped
    assertThat(run).isEqualTo(new SnapshotTaker.Run(TODAY, 2, 0, 1));
    assertThat(store.keys())
        .containsExactlyInAnyOrder(new SnapshotKey(MOB, TODAY), new SnapshotKey(DIGITAL, TODAY));
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    assertThat(entry.getValue().targetType()).isEqualTo(SnapshotTaker.AUDIT_TARGET);
    assertThat(entry.getValue().targetId()).isEqualTo("2026-12-03");
  }

  @Test
  public void takeNow_shouldChangeNothing_whenRunTwiceTheSameDay() {
    // given today's snapshots, taken once
    target.takeNow("pmo");
    Map<SnapshotKey, MetricSnapshot> before = new HashMap<>(store.rows);

    // when taken again
    SnapshotTaker.Run second = target.takeNow("pmo");

    // then nothing is written, both nodes are counted unchanged, and only the first run is audited
    assertThat(second.changedNothing()).isTrue();
    assertThat(second).isEqualTo(new SnapshotTaker.Run(TODAY, 0, 2, 1));
    assertThat(store.rows).isEqualTo(before);
    verify(audit, times(1)).record(any());
  }

  /** A store in memory, as the SQL store behaves (one per key). */
  private static final class MemoryStore implements SnapshotStore {
    final Map<SnapshotKey, MetricSnapshot> rows = new HashMap<>();

    Set<SnapshotKey> keys() {
      return rows.keySet();
    }

    @Override
    public boolean putIfAbsent(MetricSnapshot snapshot) {
      return rows.putIfAbsent(snapshot.key(), snapshot) == null;
    }

    @Override
    public Set<SnapshotKey> existing(Collection<SnapshotKey> keys) {
      return keys.stream().filter(rows::containsKey).collect(Collectors.toSet());
    }

    @Override
    public SnapshotSeries series(SnapshotNode node, String currency, LocalDate from, LocalDate to) {
      List<MetricSnapshot> found = new ArrayList<>();
      rows.values().stream().filter(s -> s.node().equals(node)).forEach(found::add);
      return SnapshotSeries.of(node, currency, found);
    }

    @Override
    public List<LocalDate> dates(SnapshotNode node) {
      return List.of();
    }

    @Override
    public int delete(SnapshotNode node, Collection<LocalDate> dates) {
      return 0;
    }
  }
}
