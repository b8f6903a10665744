package io.lodestar.pmo.engine.portfolio.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The storage figure the README and the closing note quote. */
class SnapshotSizingTest {

  @Test
  void aYearOfWeeklySnapshotsOf500Projects_shouldFitIn12Megabytes() {
    MetricSnapshot typical = Snapshots.typical(LocalDate.of(2026, 12, 3));

    int perSnapshot = SnapshotSizing.bytesPerSnapshot(typical);
    long year = SnapshotSizing.bytes(typical, 500, 52);
    long everyNight = SnapshotSizing.bytes(typical, 500, 365);

    System.out.printf(
        "snapshot sizing: %d bytes per snapshot; 500 projects x 52 weeks = %,d bytes; x 365 nights"
            + " = %,d bytes%n",
        perSnapshot, year, everyNight);
    assertThat(perSnapshot).isBetween(300, 450);
    assertThat(year).isEqualTo(perSnapshot * 26_000L).isLessThan(12_000_000L);
    assertThat(everyNight).isLessThan(70_000_000L);
  }

  @Test
  void bytesPerSnapshot_shouldGrowWithTheKey_andShrinkWithNotApplicableFigures() {
    LocalDate day = LocalDate.of(2026, 12, 3);
    MetricSnapshot typical = Snapshots.typical(day);
    MetricSnapshot empty =
        MetricSnapshot.builder(new SnapshotKey(Snapshots.MOBILE, day), "EUR").build();
    MetricSnapshot longKey =
        MetricSnapshot.builder(new SnapshotKey(SnapshotNode.project("MOBILE_PLATFORM"), day), "EUR")
            .build();

    assertThat(SnapshotSizing.bytesPerSnapshot(empty))
        .isLessThan(SnapshotSizing.bytesPerSnapshot(typical));
    // the key is in the row, the unique index, and (as the node) in the row and its index
    assertThat(SnapshotSizing.bytesPerSnapshot(longKey) - SnapshotSizing.bytesPerSnapshot(empty))
        .isEqualTo(4 * "_PLATFORM".length());
  }
}
