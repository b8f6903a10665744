package io.lodestar.pmo.engine.portfolio.snapshot;

import io.lodestar.pmo.engine.health.HealthDimension;
import io.lodestar.pmo.engine.health.Rag;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Snapshots for the tests. */
final class Snapshots {

  static final SnapshotNode MOBILE = SnapshotNode.project("MOBILE");

  private Snapshots() {}

  static MetricSnapshot evm(LocalDate date, String bac, String pv, String ev, String ac) {
    return MetricSnapshot.builder(new SnapshotKey(MOBILE, date), "EUR")
        .earnedValue(amount(bac), amount(pv), amount(ev), amount(ac))
        .build();
  }

  /** A realistic project snapshot: seven-digit amounts, every dimension rated. */
  static MetricSnapshot typical(LocalDate date) {
    MetricSnapshot.Builder b =
        MetricSnapshot.builder(new SnapshotKey(MOBILE, date), "EUR")
            .earnedValue(
                new BigDecimal("1250000.00"),
                new BigDecimal("612500.50"),
                new BigDecimal("598000.25"),
                new BigDecimal("640210.75"))
            .statusCounts(new StatusCounts(812, 143, 1045))
            .points(new BigDecimal("4120.5"), new BigDecimal("2210"))
            .percentComplete(new BigDecimal("53.64"))
            .exposureP80(new BigDecimal("185400.00"));
    for (HealthDimension d : HealthDimension.values()) {
      b.rag(d, d.ordinal() % 3 == 0 ? Rag.AMBER : Rag.GREEN);
    }
    return b.build();
  }

  private static BigDecimal amount(String text) {
    return text == null ? null : new BigDecimal(text);
  }
}
