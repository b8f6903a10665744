package io.lodestar.pmo.jira.portfolio.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.health.HealthDimension;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.portfolio.snapshot.StatusCounts;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.Before;
import org.junit.Test;

public class AoSnapshotStoreTest {

  private static final SnapshotNode MOB = SnapshotNode.project("MOB");
  private static final SnapshotNode OPS = SnapshotNode.project("OPS");
  private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

  private InMemoryActiveObjects ao;
  private AoSnapshotStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(SnapshotEntity.class);
    target = new AoSnapshotStore(ao);
  }

  static MetricSnapshot full(SnapshotNode node, LocalDate date) {
    return MetricSnapshot.builder(new SnapshotKey(node, date), "EUR")
        .earnedValue(
            new BigDecimal("1250000.00"),
            new BigDecimal("612500.5"),
            new BigDecimal("598000.25"),
            null)
        .statusCounts(new StatusCounts(812, 143, 1045))
        .points(new BigDecimal("4120.5"), new BigDecimal("2210"))
        .percentComplete(new BigDecimal("53.64"))
        .rag(HealthDimension.SCHEDULE, Rag.AMBER)
        .rag(HealthDimension.COST, Rag.GREEN)
        .exposureP80(new BigDecimal("185400"))
        .build();
  }

  @Test
  public void putIfAbsent_shouldStoreEveryFigure_andReadItBackUnchanged() {
    MetricSnapshot snapshot = full(MOB, DAY);

    boolean written = target.putIfAbsent(snapshot);

    assertThat(written).isTrue();
    SnapshotSeries series = target.series(MOB, "EUR", DAY, DAY);
    MetricSnapshot read = series.snapshots().get(0);
    assertThat(read.key()).isEqualTo(snapshot.key());
    assertThat(read.bac()).isEqualByComparingTo("1250000");
    assertThat(read.pv()).isEqualByComparingTo("612500.5");
    assertThat(read.ac()).isNull();
    assertThat(read.statusCounts()).isEqualTo(new StatusCounts(812, 143, 1045));
    assertThat(read.pointsDone()).isEqualByComparingTo("2210");
    assertThat(read.rag()).isEqualTo(snapshot.rag());
    assertThat(read.overall()).isEqualTo(Rag.AMBER);
    assertThat(read.exposureP80()).isEqualByComparingTo("185400");
    Map<String, Object> row = ao.rows(SnapshotEntity.class).get(1);
    assertThat(row.get(SnapshotEntity.SNAPSHOT_KEY)).isEqualTo("PROJECT:MOB@2026-12-02");
    assertThat(row.get(SnapshotEntity.RAG)).isEqualTo("SCHEDULE=A,COST=G");
    assertThat(row.get(SnapshotEntity.AC)).isNull();
  }

  @Test
  public void putIfAbsent_shouldWriteNothing_whenTheKeyIsStored() {
    target.putIfAbsent(full(MOB, DAY));
    MetricSnapshot retried =
        MetricSnapshot.builder(new SnapshotKey(MOB, DAY), "EUR")
            .percentComplete(BigDecimal.ONE)
            .build();

    boolean written = target.putIfAbsent(retried);

    assertThat(written).isFalse();
    assertThat(ao.rows(SnapshotEntity.class)).hasSize(1);
    assertThat(target.series(MOB, "EUR", DAY, DAY).snapshots().get(0).percentComplete())
        .isEqualByComparingTo("53.64");
  }

  @Test
  public void uniqueKey_shouldRefuseASecondRow_evenPastTheCheck() {
    target.putIfAbsent(full(MOB, DAY));

    assertThatThrownBy(
            () -> ao.create(SnapshotEntity.class, AoSnapshotStore.columns(full(MOB, DAY))))
        .hasMessageContaining("UNIQUE");
  }

  @Test
  public void existing_shouldAnswerForAWholeBatchInOneQuery() {
    target.putIfAbsent(full(MOB, DAY));
    target.putIfAbsent(full(OPS, DAY.minusDays(1)));
    int readsBefore = ao.reads();

    var found =
        target.existing(
            List.of(
                new SnapshotKey(MOB, DAY),
                new SnapshotKey(OPS, DAY),
                new SnapshotKey(OPS, DAY.minusDays(1))));

    assertThat(found)
        .containsExactlyInAnyOrder(
            new SnapshotKey(MOB, DAY), new SnapshotKey(OPS, DAY.minusDays(1)));
    assertThat(ao.reads() - readsBefore).isEqualTo(1);
    assertThat(target.existing(List.of())).isEmpty();
  }

  @Test
  public void existing_shouldRefuseMoreKeysThanOneQueryTakes() {
    List<SnapshotKey> keys =
        IntStream.range(0, 101).mapToObj(i -> new SnapshotKey(MOB, DAY.minusDays(i))).toList();

    assertThatThrownBy(() -> target.existing(keys)).hasMessageContaining("at most 100");
  }

  @Test
  public void seriesDatesAndDelete_shouldWorkOnOneNodeOnly() {
    for (int i = 0; i < 5; i++) {
      target.putIfAbsent(full(MOB, DAY.minusDays(i)));
      target.putIfAbsent(full(OPS, DAY.minusDays(i)));
    }

    assertThat(target.series(MOB, "EUR", DAY.minusDays(3), DAY.minusDays(1)).snapshots())
        .extracting(MetricSnapshot::date)
        .containsExactly(DAY.minusDays(3), DAY.minusDays(2), DAY.minusDays(1));
    assertThat(target.series(MOB, "USD", DAY.minusDays(9), DAY).snapshots()).isEmpty();
    int deleted =
        target.delete(MOB, List.of(DAY.minusDays(4), DAY.minusDays(2), DAY.minusDays(30)));
    assertThat(deleted).isEqualTo(2);
    assertThat(target.dates(MOB)).containsExactly(DAY.minusDays(3), DAY.minusDays(1), DAY);
    assertThat(target.dates(OPS)).hasSize(5);
  }

  @Test
  public void delete_shouldWorkInChunks_whenMoreDatesThanOneQueryTakes() {
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      target.putIfAbsent(
          MetricSnapshot.builder(new SnapshotKey(MOB, DAY.minusDays(i)), "EUR").build());
      dates.add(DAY.minusDays(i));
    }

    assertThat(target.delete(MOB, dates)).isEqualTo(250);
    assertThat(target.dates(MOB)).isEmpty();
  }

  @Test
  public void read_shouldFailWithTheRow_whenItIsUnreadable() {
    Map<String, Object> broken = new HashMap<>(AoSnapshotStore.columns(full(MOB, DAY)));
    broken.put(SnapshotEntity.RAG, "SCHEDULE=X");
    ao.insertRaw(SnapshotEntity.class, broken);

    assertThatThrownBy(() -> target.series(MOB, "EUR", DAY, DAY))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("PROJECT:MOB@2026-12-02");
  }

  @Test
  public void columns_shouldHoldTheLongestKeyAndHealth() {
    SnapshotNode longest = new SnapshotNode(SnapshotNode.Kind.PORTFOLIO, "P" + "X".repeat(63));
    MetricSnapshot.Builder b = MetricSnapshot.builder(new SnapshotKey(longest, DAY), "EUR");
    for (HealthDimension d : HealthDimension.values()) {
      b.rag(d, Rag.GREEN);
    }

    Map<String, Object> row = AoSnapshotStore.columns(b.build());

    assertThat(((String) row.get(SnapshotEntity.SNAPSHOT_KEY)).length())
        .isEqualTo(SnapshotKey.MAX_CANONICAL)
        .isLessThanOrEqualTo(90);
    assertThat(((String) row.get(SnapshotEntity.NODE)).length()).isLessThanOrEqualTo(80);
    assertThat(((String) row.get(SnapshotEntity.RAG)).length()).isLessThanOrEqualTo(120);
  }
}
