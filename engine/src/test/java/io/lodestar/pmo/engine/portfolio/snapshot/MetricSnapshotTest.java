package io.lodestar.pmo.engine.portfolio.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.health.HealthDimension;
import io.lodestar.pmo.engine.health.Rag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricSnapshotTest {

  private static final SnapshotKey KEY =
      new SnapshotKey(SnapshotNode.project("MOB"), LocalDate.of(2026, 12, 3));

  @Test
  void build_shouldTakeTheWorstDimensionAsOverall_whenNoOverallIsGiven() {
    MetricSnapshot target =
        MetricSnapshot.builder(KEY, "eur")
            .rag(HealthDimension.COST, Rag.AMBER)
            .rag(HealthDimension.SCHEDULE, Rag.GREEN)
            .build();

    assertThat(target.overall()).isEqualTo(Rag.AMBER);
    assertThat(target.currency()).isEqualTo("EUR");
    assertThat(target.rag())
        .containsExactly(
            Map.entry(HealthDimension.SCHEDULE, Rag.GREEN),
            Map.entry(HealthDimension.COST, Rag.AMBER));
  }

  @Test
  void build_shouldLeaveFiguresNotApplicable_whenNotGiven() {
    MetricSnapshot target = MetricSnapshot.builder(KEY, "EUR").build();

    assertThat(target.bac()).isNull();
    assertThat(target.ev()).isNull();
    assertThat(target.percentComplete()).isNull();
    assertThat(target.overall()).isNull();
    assertThat(target.statusCounts().total()).isZero();
  }

  @Test
  void build_shouldRefuseNegativeMoneyAndPointsDoneAboveTotal() {
    assertThatThrownBy(
            () ->
                MetricSnapshot.builder(KEY, "EUR")
                    .earnedValue(null, null, null, new BigDecimal("-1"))
                    .build())
        .hasMessageContaining("ac");
    assertThatThrownBy(
            () -> MetricSnapshot.builder(KEY, "EUR").points(BigDecimal.ONE, BigDecimal.TEN).build())
        .hasMessageContaining("pointsDone");
    assertThatThrownBy(
            () ->
                MetricSnapshot.builder(KEY, "EUR").percentComplete(new BigDecimal("100.5")).build())
        .hasMessageContaining("percentComplete");
    assertThatThrownBy(() -> MetricSnapshot.builder(KEY, "XYZ").build())
        .hasMessageContaining("currency");
  }

  @Test
  void key_shouldRoundTripThroughItsCanonicalForm() {
    SnapshotKey target =
        new SnapshotKey(
            new SnapshotNode(SnapshotNode.Kind.PORTFOLIO, "DIGITAL_2"), LocalDate.of(2027, 1, 31));

    assertThat(target.canonical()).isEqualTo("PORTFOLIO:DIGITAL_2@2027-01-31");
    assertThat(SnapshotKey.parse(target.canonical())).isEqualTo(target);
    assertThat(target.canonical().length()).isLessThanOrEqualTo(SnapshotKey.MAX_CANONICAL);
  }

  @Test
  void key_shouldTellAProjectFromAPortfolioOfTheSameKey() {
    LocalDate day = LocalDate.of(2026, 12, 3);

    assertThat(new SnapshotKey(SnapshotNode.project("OPS"), day))
        .isNotEqualTo(new SnapshotKey(new SnapshotNode(SnapshotNode.Kind.PORTFOLIO, "OPS"), day));
  }

  @Test
  void parse_shouldRefuseMalformedKeys() {
    assertThatThrownBy(() -> SnapshotKey.parse("PROJECT:MOB")).hasMessageContaining("KIND:KEY@");
    assertThatThrownBy(() -> SnapshotKey.parse("EPIC:MOB@2026-12-03")).hasMessageContaining("kind");
    assertThatThrownBy(() -> SnapshotKey.parse("PROJECT:MOB@2026-13-03"))
        .hasMessageContaining("ISO date");
    assertThatThrownBy(() -> SnapshotNode.project("mob")).hasMessageContaining("key");
  }

  @Test
  void text_shouldRoundTripAmountsAndHealth() {
    MetricSnapshot typical = Snapshots.typical(LocalDate.of(2026, 12, 3));

    String rag = SnapshotText.rag(typical.rag());

    assertThat(rag).startsWith("SCHEDULE=A,COST=G,SCOPE=G,RISK=A");
    assertThat(rag.length()).isLessThanOrEqualTo(SnapshotText.MAX_RAG);
    assertThat(SnapshotText.parseRag(rag)).isEqualTo(typical.rag());
    assertThat(SnapshotText.amount(new BigDecimal("1.2E+3"))).isEqualTo("1200");
    assertThat(SnapshotText.parseAmount("612500.50")).isEqualByComparingTo("612500.5");
    assertThat(SnapshotText.parseOneRag(SnapshotText.rag(Rag.RED))).isEqualTo(Rag.RED);
    assertThatThrownBy(() -> SnapshotText.parseRag("SCHEDULE=X")).hasMessageContaining("R, A or G");
  }
}
