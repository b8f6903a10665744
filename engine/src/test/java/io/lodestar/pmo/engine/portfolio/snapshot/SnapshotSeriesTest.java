package io.lodestar.pmo.engine.portfolio.snapshot;

import static io.lodestar.pmo.engine.portfolio.snapshot.Snapshots.MOBILE;
import static io.lodestar.pmo.engine.portfolio.snapshot.Snapshots.evm;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.evm.EarnedSchedule;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotSeriesTest {

  /** A Monday: week k of the plan ends on START + 7k - 1, a Sunday. */
  private static final LocalDate START = LocalDate.of(2026, 1, 5);

  private static final LocalDate END = START.plusDays(69); // ten weeks

  private static LocalDate endOfWeek(int k) {
    return START.plusDays(7L * k - 1);
  }

  @Test
  void sCurve_shouldListPvEvAcByDate_withNotApplicableAsNull() {
    SnapshotSeries target =
        SnapshotSeries.of(
            MOBILE,
            "EUR",
            List.of(
                evm(endOfWeek(2), "100", "20", null, "25"),
                evm(endOfWeek(1), "100", "10", "8", "9")));

    List<SCurvePoint> curve = target.sCurve();

    assertThat(curve).extracting(SCurvePoint::date).containsExactly(endOfWeek(1), endOfWeek(2));
    assertThat(curve.get(0).ev()).isEqualByComparingTo("8");
    assertThat(curve.get(1).ev()).isNull();
    assertThat(curve.get(1).ac()).isEqualByComparingTo("25");
    assertThat(target.latest().orElseThrow().date()).isEqualTo(endOfWeek(2));
  }

  @Test
  void earnedSchedule_shouldGiveVectorC_fromWeeklySnapshotsOfALinearPlan() {
    // DOMAIN.md vector C in weeks: PV_cum 10, 20, ..., 100 (PD 10), EV 55 at AT 7.
    List<MetricSnapshot> weekly = new ArrayList<>();
    for (int k = 1; k <= 7; k++) {
      weekly.add(evm(endOfWeek(k), "100", String.valueOf(10 * k), k == 7 ? "55" : null, null));
    }
    SnapshotSeries target = SnapshotSeries.of(MOBILE, "EUR", weekly);

    SeriesEarnedSchedule result = target.earnedSchedule(START, END);

    assertThat(result).isInstanceOf(SeriesEarnedSchedule.Computed.class);
    SeriesEarnedSchedule.Computed computed = (SeriesEarnedSchedule.Computed) result;
    EarnedSchedule es = computed.schedule();
    assertThat(computed.statusDate()).isEqualTo(endOfWeek(7));
    assertThat(es.plannedDuration()).isEqualTo(10);
    assertThat(es.actualTime()).isEqualTo(7);
    assertThat(es.earnedSchedule().rounded(4).orElseThrow()).isEqualByComparingTo("5.5");
    assertThat(es.spi().rounded(4).orElseThrow()).isEqualByComparingTo("0.7857");
    assertThat(es.ieac().rounded(2).orElseThrow()).isEqualByComparingTo("12.73");
  }

  @Test
  void earnedSchedule_shouldReadAheadOfPlan_fromTheLineToBac() {
    // Only weeks 1 and 2 recorded; EV 45 at week 2 lies in week 5 of the straight line to BAC.
    SnapshotSeries target =
        SnapshotSeries.of(
            MOBILE,
            "EUR",
            List.of(
                evm(endOfWeek(1), "100", "10", null, null),
                evm(endOfWeek(2), "100", "20", "45", null)));

    EarnedSchedule es =
        ((SeriesEarnedSchedule.Computed) target.earnedSchedule(START, END)).schedule();

    assertThat(es.earnedSchedule().rounded(4).orElseThrow()).isEqualByComparingTo("4.5");
    assertThat(es.spi().rounded(4).orElseThrow()).isEqualByComparingTo("2.25");
  }

  @Test
  void earnedSchedule_shouldBeNotApplicable_withTheReason() {
    SnapshotSeries noEv =
        SnapshotSeries.of(MOBILE, "EUR", List.of(evm(endOfWeek(1), "100", "10", null, null)));
    SnapshotSeries noBudget =
        SnapshotSeries.of(MOBILE, "EUR", List.of(evm(endOfWeek(1), null, "10", "5", null)));
    SnapshotSeries replanned =
        SnapshotSeries.of(
            MOBILE,
            "EUR",
            List.of(
                evm(endOfWeek(1), "100", "30", null, null),
                evm(endOfWeek(2), "100", "20", "5", null)));
    SnapshotSeries early =
        SnapshotSeries.of(MOBILE, "EUR", List.of(evm(START.minusDays(3), "100", "0", "0", null)));

    assertThat(noEv.earnedSchedule(START, END))
        .isEqualTo(new SeriesEarnedSchedule.NotApplicable(SnapshotSeries.NO_EARNED_VALUE));
    assertThat(noBudget.earnedSchedule(START, END))
        .isEqualTo(new SeriesEarnedSchedule.NotApplicable(SnapshotSeries.NO_BUDGET));
    assertThat(replanned.earnedSchedule(START, END))
        .isEqualTo(new SeriesEarnedSchedule.NotApplicable(SnapshotSeries.PLAN_FELL));
    assertThat(early.earnedSchedule(START, END))
        .isEqualTo(new SeriesEarnedSchedule.NotApplicable(SnapshotSeries.BEFORE_START));
    assertThat(SnapshotSeries.of(MOBILE, "EUR", List.of()).earnedSchedule(START, END))
        .isEqualTo(new SeriesEarnedSchedule.NotApplicable(SnapshotSeries.NO_EARNED_VALUE));
  }

  @Test
  void of_shouldRefuseTwoCurrenciesTwoNodesAndRepeatedDates() {
    MetricSnapshot eur = evm(endOfWeek(1), "100", "10", "5", "5");
    MetricSnapshot usd =
        MetricSnapshot.builder(new SnapshotKey(MOBILE, endOfWeek(2)), "USD").build();
    MetricSnapshot other =
        MetricSnapshot.builder(new SnapshotKey(SnapshotNode.project("OPS"), endOfWeek(2)), "EUR")
            .build();

    assertThatThrownBy(() -> SnapshotSeries.of(MOBILE, "EUR", List.of(eur, usd)))
        .hasMessageContaining("USD");
    assertThatThrownBy(() -> SnapshotSeries.of(MOBILE, "EUR", List.of(eur, other)))
        .hasMessageContaining("PROJECT:OPS");
    assertThatThrownBy(() -> SnapshotSeries.of(MOBILE, "EUR", List.of(eur, eur)))
        .hasMessageContaining("one per date");
  }

  @Test
  void earnedSchedule_shouldUseBigDecimalPlanValues() {
    // a non-round plan: 1000 over 3 weeks recorded as 333.33, 666.67
    SnapshotSeries target =
        SnapshotSeries.of(
            MOBILE,
            "EUR",
            List.of(
                evm(endOfWeek(1), "1000", "333.33", null, null),
                evm(endOfWeek(2), "1000", "666.67", "500", null)));

    EarnedSchedule es =
        ((SeriesEarnedSchedule.Computed) target.earnedSchedule(START, START.plusDays(20)))
            .schedule();

    assertThat(es.plannedDuration()).isEqualTo(3);
    // ES = 1 + (500 - 333.33) / (666.67 - 333.33)
    assertThat(es.earnedSchedule().rounded(4).orElseThrow())
        .isEqualByComparingTo(
            BigDecimal.ONE
                .add(
                    new BigDecimal("166.67")
                        .divide(new BigDecimal("333.34"), 10, java.math.RoundingMode.HALF_UP))
                .setScale(4, java.math.RoundingMode.HALF_UP));
  }
}
