package io.lodestar.pmo.engine.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MoneyAndWorkingDaysTest {

  @Test
  void money_shouldBeEqualByValue_andRefuseToMixCurrencies() {
    assertThat(Money.of("10", "usd")).isEqualTo(Money.of("10.00", "USD"));
    assertThat(Money.of("10", "USD").hashCode()).isEqualTo(Money.of("10.00", "USD").hashCode());
    assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
        .hasMessage("amounts in USD and EUR cannot be combined");
    assertThatThrownBy(() -> Money.of("1", "XYZ1")).hasMessageContaining("ISO 4217");
  }

  @Test
  void rounded_shouldUseTheCurrencysMinorUnit() {
    assertThat(Money.of("1.005", "EUR").rounded().amount()).isEqualByComparingTo("1.01");
    assertThat(Money.of("1.5", "JPY").rounded().amount()).isEqualByComparingTo("2");
  }

  @Test
  void count_shouldSkipWeekendsAndHolidays() {
    LocalDate monday = LocalDate.of(2026, 11, 30);
    WorkingDays withHoliday =
        new WorkingDays(WorkingDays.MONDAY_TO_FRIDAY.weekdays(), Set.of(monday.plusDays(2)));

    assertThat(WorkingDays.MONDAY_TO_FRIDAY.count(monday, monday.plusDays(13))).isEqualTo(10);
    assertThat(withHoliday.count(monday, monday.plusDays(6))).isEqualTo(4);
    assertThat(WorkingDays.MONDAY_TO_FRIDAY.count(monday, monday.minusDays(1))).isZero();
  }

  @Test
  void endOf_shouldCountTheStartDay_andSkipTheWeekend() {
    LocalDate thursday = LocalDate.of(2026, 12, 3);

    assertThat(WorkingDays.MONDAY_TO_FRIDAY.endOf(thursday, 1)).isEqualTo(thursday);
    assertThat(WorkingDays.MONDAY_TO_FRIDAY.endOf(thursday, 3))
        .isEqualTo(LocalDate.of(2026, 12, 7));
    assertThat(WorkingDays.MONDAY_TO_FRIDAY.endOf(LocalDate.of(2026, 12, 5), 1))
        .isEqualTo(LocalDate.of(2026, 12, 7));
  }
}
