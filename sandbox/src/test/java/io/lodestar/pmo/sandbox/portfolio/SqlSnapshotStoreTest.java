package io.lodestar.pmo.sandbox.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.health.HealthDimension;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.portfolio.snapshot.StatusCounts;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlSnapshotStoreTest {

  private static final SnapshotNode MOB = SnapshotNode.project("MOB");
  private static final SnapshotNode DIGITAL = new SnapshotNode(SnapshotNode.Kind.PORTFOLIO, "MOB");
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  private SandboxStore db;
  private SqlSnapshotStore target;

  @BeforeEach
  void open() {
    db = SandboxStore.inMemory("snapshots-" + System.nanoTime());
    target = new SqlSnapshotStore(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void putIfAbsent_shouldStoreOnce_whenTheSameKeyIsWrittenTwice() {
    // given a stored snapshot
    assertThat(target.putIfAbsent(snapshot(MOB, DAY, "100.50"))).isTrue();

    // when a second one of the same node and date is written
    boolean second = target.putIfAbsent(snapshot(MOB, DAY, "999"));

    // then it is refused and the first one kept
    assertThat(second).isFalse();
    SnapshotSeries series = target.series(MOB, "EUR", DAY, DAY);
    assertThat(series.snapshots()).hasSize(1);
    assertThat(series.snapshots().get(0).ev()).isEqualByComparingTo("100.50");
  }

  @Test
  void putIfAbsent_shouldKeepAProjectAndAPortfolioOfTheSameKeyApart() {
    // when a project and a portfolio sharing a key are snapshot the same day
    assertThat(target.putIfAbsent(snapshot(MOB, DAY, "1"))).isTrue();
    assertThat(target.putIfAbsent(snapshot(DIGITAL, DAY, "2"))).isTrue();

    // then both are stored, each in its own series
    assertThat(target.series(DIGITAL, "EUR", DAY, DAY).snapshots().get(0).ev())
        .isEqualByComparingTo("2");
    assertThat(target.dates(MOB)).containsExactly(DAY);
  }

  @Test
  void series_shouldReadBackEveryFigure_withNotApplicableAsNull() {
    // given a full snapshot and one with every optional figure n/a
    MetricSnapshot full =
        MetricSnapshot.builder(new SnapshotKey(MOB, DAY), "EUR")
            .earnedValue(
                new BigDecimal("120000.00"),
                new BigDecimal("40000.125"),
                new BigDecimal("35000"),
                new BigDecimal("38000.5"))
            .statusCounts(new StatusCounts(5, 3, 12))
            .points(new BigDecimal("80"), new BigDecimal("31.5"))
            .percentComplete(new BigDecimal("39.375"))
            .rag(HealthDimension.values()[0], Rag.AMBER)
            .exposureP80(new BigDecimal("1500"))
            .build();
    MetricSnapshot empty =
        MetricSnapshot.builder(new SnapshotKey(MOB, DAY.plusDays(7)), "EUR").build();
    target.putIfAbsent(full);
    target.putIfAbsent(empty);

    // when the series is read
    List<MetricSnapshot> read = target.series(MOB, "EUR", DAY, DAY.plusDays(7)).snapshots();

    // then both read back equal in value, in date order
    assertThat(read).hasSize(2);
    MetricSnapshot first = read.get(0);
    assertThat(first.bac()).isEqualByComparingTo("120000");
    assertThat(first.pv()).isEqualByComparingTo("40000.125");
    assertThat(first.ac()).isEqualByComparingTo("38000.5");
    assertThat(first.statusCounts()).isEqualTo(new StatusCounts(5, 3, 12));
    assertThat(first.pointsDone()).isEqualByComparingTo("31.5");
    assertThat(first.percentComplete()).isEqualByComparingTo("39.375");
    assertThat(first.rag()).containsEntry(HealthDimension.values()[0], Rag.AMBER);
    assertThat(first.overall()).isEqualTo(Rag.AMBER);
    assertThat(first.exposureP80()).isEqualByComparingTo("1500");
    MetricSnapshot second = read.get(1);
    assertThat(second.bac()).isNull();
    assertThat(second.ev()).isNull();
    assertThat(second.percentComplete()).isNull();
    assertThat(second.overall()).isNull();
    assertThat(second.rag()).isEmpty();
  }

  @Test
  void series_shouldKeepToTheRangeAndTheCurrency() {
    // given weekly snapshots, one of them in another currency
    for (int week = 0; week < 5; week++) {
      target.putIfAbsent(snapshot(MOB, DAY.plusWeeks(week), String.valueOf(week)));
    }
    target.putIfAbsent(
        MetricSnapshot.builder(new SnapshotKey(MOB, DAY.plusWeeks(5)), "USD").build());

    // when weeks 1 to 3 are read in EUR
    SnapshotSeries series = target.series(MOB, "EUR", DAY.plusWeeks(1), DAY.plusWeeks(3));

    // then exactly those are returned, and the latest currency is USD
    assertThat(series.snapshots())
        .extracting(MetricSnapshot::date)
        .containsExactly(DAY.plusWeeks(1), DAY.plusWeeks(2), DAY.plusWeeks(3));
    assertThat(target.latestCurrency(MOB)).contains("USD");
    assertThat(target.latestCurrency(SnapshotNode.project("NONE"))).isEmpty();
  }

  @Test
  void existing_shouldNameTheStoredKeysOnly() {
    // given one stored snapshot
    target.putIfAbsent(snapshot(MOB, DAY, "1"));
    SnapshotKey stored = new SnapshotKey(MOB, DAY);
    SnapshotKey otherDay = new SnapshotKey(MOB, DAY.plusDays(1));
    SnapshotKey otherKind = new SnapshotKey(DIGITAL, DAY);

    // when asked for it and two near misses
    Set<SnapshotKey> found = target.existing(List.of(stored, otherDay, otherKind));

    // then only the stored one is named
    assertThat(found).containsExactly(stored);
  }

  @Test
  void existing_shouldRefuseMoreKeysThanOneQueryTakes() {
    List<SnapshotKey> keys = new ArrayList<>();
    for (int i = 0; i <= SqlSnapshotStore.MAX_KEYS_PER_QUERY; i++) {
      keys.add(new SnapshotKey(MOB, DAY.plusDays(i)));
    }

    assertThatThrownBy(() -> target.existing(keys))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at most");
  }

  @Test
  void delete_shouldRemoveTheGivenDatesOfTheNodeOnly() {
    // given 150 daily snapshots of a project and one of a portfolio
    for (int i = 0; i < 150; i++) {
      target.putIfAbsent(snapshot(MOB, DAY.plusDays(i), "1"));
    }
    target.putIfAbsent(snapshot(DIGITAL, DAY, "1"));
    List<LocalDate> dates = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      dates.add(DAY.plusDays(i));
    }

    // when 120 of the project's dates are deleted (more than one chunk)
    int deleted = target.delete(MOB, dates);

    // then those are gone, the rest and the portfolio's kept
    assertThat(deleted).isEqualTo(120);
    assertThat(target.dates(MOB)).hasSize(30).first().isEqualTo(DAY.plusDays(120));
    assertThat(target.dates(DIGITAL)).containsExactly(DAY);
  }

  private static MetricSnapshot snapshot(SnapshotNode node, LocalDate date, String ev) {
    return MetricSnapshot.builder(new SnapshotKey(node, date), "EUR")
        .earnedValue(new BigDecimal("1000"), new BigDecimal("500"), new BigDecimal(ev), null)
        .build();
  }
}
