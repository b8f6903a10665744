package io.lodestar.pmo.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Percentage.withPercentage;

import io.lodestar.pmo.engine.shared.Money;
import io.lodestar.pmo.engine.shared.WorkingDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's earned-value vectors A and B, the undefined cases and the TCPI law. */
class EarnedValueTest {

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  private static BigDecimal at4(Metric metric) {
    return metric.rounded(4).orElseThrow();
  }

  @Test
  void vectorA_shouldGiveEveryFigureOfTheTable() {
    EarnedValue target =
        EarnedValue.of(EarnedValueInput.of(usd("100"), usd("50"), usd("40"), usd("45")));

    assertThat(at4(target.cv())).isEqualByComparingTo("-5");
    assertThat(at4(target.sv())).isEqualByComparingTo("-10");
    assertThat(at4(target.cpi())).isEqualByComparingTo("0.8889");
    assertThat(at4(target.spi())).isEqualByComparingTo("0.80");
    assertThat(at4(target.eac().get(EacMethod.TYPICAL))).isEqualByComparingTo("112.5");
    assertThat(at4(target.etc())).isEqualByComparingTo("67.5");
    assertThat(at4(target.vac())).isEqualByComparingTo("-12.5");
    assertThat(at4(target.eac().get(EacMethod.ATYPICAL))).isEqualByComparingTo("105");
    assertThat(at4(target.eac().get(EacMethod.COST_AND_SCHEDULE))).isEqualByComparingTo("129.375");
    assertThat(at4(target.tcpiToBac())).isEqualByComparingTo("1.0909");
    assertThat(at4(target.tcpiToEac())).isEqualByComparingTo("0.8889");
    assertThat(target.currency()).isEqualTo("USD");
  }

  @Test
  void vectorB_shouldPlanLinearlyOverWorkingDays_withTheStatusDayCounted() {
    // A 4-day $100 task starting Monday 2026-11-30; status Wednesday evening.
    LinearBaseline baseline =
        new LinearBaseline(
            LocalDate.of(2026, 11, 30), LocalDate.of(2026, 12, 3), WorkingDays.MONDAY_TO_FRIDAY);
    Money bac = usd("100");
    Money pv = bac.times(baseline.plannedFraction(LocalDate.of(2026, 12, 2)));
    Money ac = usd("35").times(BigDecimal.valueOf(2));
    Money ev = bac.times(new BigDecimal("0.60"));

    EarnedValue target = EarnedValue.of(EarnedValueInput.of(bac, pv, ev, ac));

    assertThat(pv.rounded().amount()).isEqualByComparingTo("75");
    assertThat(at4(target.cv())).isEqualByComparingTo("-10");
    assertThat(at4(target.sv())).isEqualByComparingTo("-15");
    assertThat(target.cpi().rounded(3).orElseThrow()).isEqualByComparingTo("0.857");
    assertThat(at4(target.spi())).isEqualByComparingTo("0.80");
  }

  @Test
  void cpiAndEverythingBuiltOnIt_shouldBeNotApplicable_whenNothingWasSpent() {
    EarnedValue target =
        EarnedValue.of(EarnedValueInput.of(usd("100"), usd("10"), usd("10"), usd("0")));

    assertThat(target.cpi()).isEqualTo(new Metric.NotApplicable(EarnedValue.NO_ACTUAL_COST));
    assertThat(target.eac().get(EacMethod.TYPICAL).isDefined()).isFalse();
    assertThat(target.eac().get(EacMethod.COST_AND_SCHEDULE).isDefined()).isFalse();
    assertThat(target.etc().isDefined()).isFalse();
    assertThat(target.vac().isDefined()).isFalse();
    assertThat(target.eac().get(EacMethod.ATYPICAL).value()).contains(new BigDecimal("90"));
  }

  @Test
  void spi_shouldBeNotApplicable_whenNothingWasPlanned() {
    EarnedValue target =
        EarnedValue.of(EarnedValueInput.of(usd("100"), usd("0"), usd("5"), usd("5")));

    assertThat(target.spi()).isEqualTo(new Metric.NotApplicable(EarnedValue.NO_PLANNED_VALUE));
    assertThat(target.cpi().value()).contains(BigDecimal.ONE.round(Metric.PRECISION));
  }

  @Test
  void typicalEac_shouldBeNotApplicable_notInfinite_whenSpentButNothingEarned() {
    EarnedValue target =
        EarnedValue.of(EarnedValueInput.of(usd("100"), usd("20"), usd("0"), usd("30")));

    assertThat(target.cpi().value()).contains(BigDecimal.ZERO);
    assertThat(target.eac().get(EacMethod.TYPICAL))
        .isEqualTo(new Metric.NotApplicable(EarnedValue.NO_EARNED_VALUE));
    assertThat(target.tcpiToEac().isDefined()).isFalse();
  }

  @Test
  void tcpiToBac_shouldBeNotApplicable_whenTheBudgetIsSpent() {
    EarnedValue target =
        EarnedValue.of(EarnedValueInput.of(usd("100"), usd("90"), usd("80"), usd("100")));

    assertThat(target.tcpiToBac()).isEqualTo(new Metric.NotApplicable(EarnedValue.BUDGET_SPENT));
  }

  @Test
  void tcpiToEac_shouldBeNotApplicable_whenTheEstimateIsSpent() {
    // Atypical EAC = AC + (BAC − EV) = AC when the work is done.
    EarnedValue target =
        EarnedValue.of(
            EarnedValueInput.of(usd("100"), usd("100"), usd("100"), usd("120")),
            EacMethod.ATYPICAL);

    assertThat(target.tcpiToEac()).isEqualTo(new Metric.NotApplicable(EarnedValue.ESTIMATE_SPENT));
  }

  @Test
  void reEstimate_shouldAddTheBottomUpEstimate_orBeNotApplicableWithoutOne() {
    EarnedValueInput withEtc =
        new EarnedValueInput(usd("100"), usd("50"), usd("40"), usd("45"), Optional.of(usd("70")));

    EarnedValue target = EarnedValue.of(withEtc, EacMethod.RE_ESTIMATE);

    assertThat(target.chosenEac().value()).contains(new BigDecimal("115"));
    assertThat(at4(target.vac())).isEqualByComparingTo("-15");
    assertThat(
            EarnedValue.of(EarnedValueInput.of(usd("100"), usd("50"), usd("40"), usd("45")))
                .eac()
                .get(EacMethod.RE_ESTIMATE))
        .isEqualTo(new Metric.NotApplicable(EarnedValue.NO_BOTTOM_UP_ESTIMATE));
  }

  @Test
  void input_shouldRefuseMixedCurrencies_andValuesAboveTheBudget() {
    assertThatThrownBy(
            () -> EarnedValueInput.of(usd("100"), usd("50"), Money.of("40", "EUR"), usd("45")))
        .hasMessageContaining("USD and EUR");
    assertThatThrownBy(() -> EarnedValueInput.of(usd("100"), usd("150"), usd("40"), usd("45")))
        .hasMessageContaining("pv");
    assertThatThrownBy(() -> EarnedValueInput.of(usd("100"), usd("50"), usd("40"), usd("-1")))
        .hasMessageContaining("ac");
  }

  @Property
  void tcpiToTypicalEac_shouldEqualCpi(
      @ForAll @IntRange(min = 1, max = 1_000_000) int bac,
      @ForAll @IntRange(min = 0, max = 999) int evPermille,
      @ForAll @IntRange(min = 1, max = 5_000_000) int ac) {
    // AC > 0 and EV < BAC, as the law requires.
    Money budget = usd(Integer.toString(bac));
    Money ev = budget.times(BigDecimal.valueOf(evPermille, 3));
    Money actual = usd(BigDecimal.valueOf(ac, 2).toPlainString());

    EarnedValue target = EarnedValue.of(EarnedValueInput.of(budget, ev, ev, actual));

    if (ev.isZero()) {
      assertThat(target.tcpiToEac().isDefined()).isFalse();
      return;
    }
    // Equal up to the 16-digit precision of the figures (EAC − AC may cancel a few digits).
    assertThat(target.tcpiToEac().value().orElseThrow())
        .isCloseTo(target.cpi().value().orElseThrow(), withPercentage(1e-9));
  }
}
