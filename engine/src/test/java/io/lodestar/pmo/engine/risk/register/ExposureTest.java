package io.lodestar.pmo.engine.risk.register;

import static io.lodestar.pmo.engine.risk.register.Fixtures.TODAY;
import static io.lodestar.pmo.engine.risk.register.Fixtures.assess;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.ThreePointImpact;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExposureTest {

  private static AssessedRisk costed(String key, int p, RiskKind kind, RiskStatus status) {
    return assess(
        Risk.builder(key, "ABC", "t")
            .kind(kind)
            .status(status)
            .inherent(RiskRating.of(p, ImpactDimension.COST, 3))
            .costImpact(ThreePointImpact.of("1000", "2000", "6000"))
            .build());
  }

  @Test
  void emv_isCurrentProbabilityTimesThePertMeanCost() {
    // P 0.70 × PERT (1000 + 8000 + 6000) / 6 = 0.70 × 2500 = 1750
    assertThat(ExpectedMonetaryValue.of(costed("ABC-1", 4, RiskKind.THREAT, RiskStatus.OPEN)))
        .get()
        .satisfies(v -> assertThat(v).isEqualByComparingTo("1750.00"));
  }

  @Test
  void emvWithoutCostOrRating_isEmpty() {
    assertThat(ExpectedMonetaryValue.of(Fixtures.risk("ABC-1", 4, 3))).isEmpty();
    assertThat(ExpectedMonetaryValue.of(assess(Risk.builder("ABC-2", "ABC", "t").build())))
        .isEmpty();
  }

  @Test
  void snapshot_countsActiveRisksPerBandAndSumsThreatAndOpportunityEmvApart() {
    ExposureSnapshotAccumulator target = new ExposureSnapshotAccumulator(TODAY);
    target.accept(costed("ABC-1", 4, RiskKind.THREAT, RiskStatus.OPEN)); // 0.14 medium, 1750
    target.accept(costed("ABC-2", 2, RiskKind.THREAT, RiskStatus.MITIGATING)); // 0.06 medium, 750
    target.accept(costed("ABC-3", 5, RiskKind.OPPORTUNITY, RiskStatus.OPEN)); // 0.18 high, 2250
    target.accept(costed("ABC-4", 5, RiskKind.THREAT, RiskStatus.CLOSED)); // ignored
    target.accept(assess(Risk.builder("ABC-5", "ABC", "t").build())); // open, unrated

    ExposureSnapshot s = target.result();

    assertThat(s.date()).isEqualTo(TODAY);
    assertThat(s.openCount()).isEqualTo(4);
    assertThat(s.countByBand())
        .containsExactlyInAnyOrderEntriesOf(Map.of("medium", 2L, "high", 1L));
    assertThat(s.totalEmv()).isEqualByComparingTo("2500");
    assertThat(s.opportunityEmv()).isEqualByComparingTo("2250");
  }

  @Test
  void trend_ordersSnapshotsByDateAndReportsChanges() {
    ExposureSnapshot day1 =
        ExposureSnapshot.of(TODAY.minusDays(2), 10, Map.of("high", 3L), new BigDecimal("5000"));
    ExposureSnapshot day2 =
        ExposureSnapshot.of(TODAY.minusDays(1), 12, Map.of("high", 4L), new BigDecimal("6500"));
    ExposureSnapshot day3 =
        ExposureSnapshot.of(TODAY, 9, Map.of("high", 2L), new BigDecimal("4000"));

    ExposureTrend trend = ExposureTrend.of(List.of(day3, day1, day2));

    assertThat(trend.points())
        .extracting(p -> p.snapshot().date())
        .containsExactly(TODAY.minusDays(2), TODAY.minusDays(1), TODAY);
    assertThat(trend.points())
        .extracting(ExposureTrend.Point::openDelta)
        .containsExactly(0L, 2L, -3L);
    assertThat(trend.points().get(2).emvDelta()).isEqualByComparingTo("-2500");
    assertThat(trend.direction()).isEqualTo(ExposureTrend.Direction.FALLING);
  }

  @Test
  void trendWithOneSnapshotOrRepeatedDate_isFlatAndKeepsTheLatest() {
    ExposureTrendAccumulator target = new ExposureTrendAccumulator();
    target.accept(ExposureSnapshot.of(TODAY, 1, Map.of(), BigDecimal.ONE));
    target.accept(ExposureSnapshot.of(TODAY, 2, Map.of(), BigDecimal.TEN));
    ExposureTrend trend = target.result();
    assertThat(trend.points()).hasSize(1);
    assertThat(trend.points().get(0).snapshot().openCount()).isEqualTo(2);
    assertThat(trend.direction()).isEqualTo(ExposureTrend.Direction.FLAT);
  }

  @Test
  void trendWithEqualEmv_followsTheOpenCount() {
    ExposureTrend trend =
        ExposureTrend.of(
            List.of(
                ExposureSnapshot.of(TODAY.minusDays(1), 3, Map.of(), BigDecimal.ZERO),
                ExposureSnapshot.of(TODAY, 5, Map.of(), BigDecimal.ZERO)));
    assertThat(trend.direction()).isEqualTo(ExposureTrend.Direction.RISING);
  }
}
