package io.lodestar.pmo.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's earned-schedule vector C and the edges of the definition. */
class EarnedScheduleTest {

  private static final List<BigDecimal> TEN_A_MONTH =
      IntStream.rangeClosed(1, 10).mapToObj(m -> BigDecimal.valueOf(10L * m)).toList();

  @Test
  void vectorC_shouldGiveEarnedScheduleAndItsIndices() {
    EarnedSchedule target = EarnedSchedule.of(TEN_A_MONTH, BigDecimal.valueOf(55), 7);

    assertThat(target.earnedSchedule().rounded(4).orElseThrow()).isEqualByComparingTo("5.5");
    assertThat(target.scheduleVariance().rounded(4).orElseThrow()).isEqualByComparingTo("-1.5");
    assertThat(target.spi().rounded(4).orElseThrow()).isEqualByComparingTo("0.7857");
    assertThat(target.ieac().rounded(2).orElseThrow()).isEqualByComparingTo("12.73");
    assertThat(target.tspi().rounded(4).orElseThrow()).isEqualByComparingTo("1.5");
    assertThat(target.plannedDuration()).isEqualTo(10);
  }

  @Test
  void spiT_shouldStayBelowOne_forALateProjectAtCompletion() {
    // All value earned, but in month 13 of a 10-month plan: cost-based SPI would be 1.
    EarnedSchedule target = EarnedSchedule.of(TEN_A_MONTH, BigDecimal.valueOf(100), 13);

    assertThat(target.earnedSchedule().value()).contains(BigDecimal.TEN);
    assertThat(target.spi().rounded(4).orElseThrow()).isEqualByComparingTo("0.7692");
  }

  @Test
  void indices_shouldBeNotApplicable_atTheStartAndAtThePlannedEnd() {
    assertThat(EarnedSchedule.of(TEN_A_MONTH, BigDecimal.ZERO, 0).spi())
        .isEqualTo(new Metric.NotApplicable(EarnedSchedule.NO_ELAPSED_TIME));
    assertThat(EarnedSchedule.of(TEN_A_MONTH, BigDecimal.valueOf(90), 10).tspi())
        .isEqualTo(new Metric.NotApplicable(EarnedSchedule.PLANNED_DURATION_ELAPSED));
    assertThat(EarnedSchedule.of(TEN_A_MONTH, BigDecimal.ZERO, 3).ieac())
        .isEqualTo(new Metric.NotApplicable(EarnedSchedule.NOTHING_EARNED));
  }

  @Test
  void of_shouldRefuseAFallingPlan() {
    List<BigDecimal> falling = List.of(BigDecimal.TEN, BigDecimal.ONE);

    assertThatThrownBy(() -> EarnedSchedule.of(falling, BigDecimal.ONE, 1))
        .hasMessageContaining("cumulativePlannedValue[1]");
  }
}
