package io.lodestar.pmo.engine.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ActualCostTest {

  private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

  private static Money usd(String amount) {
    return Money.of(amount, "USD");
  }

  @Test
  void vectorB_twoDaysAtThirtyFive_shouldCostSeventy() {
    RateCard card = RateCard.of(usd("35"), List.of(), List.of());
    List<Worklog> logs =
        List.of(
            new Worklog("dev", Optional.empty(), MONDAY, BigDecimal.ONE),
            new Worklog("dev", Optional.empty(), MONDAY.plusDays(1), BigDecimal.ONE));

    assertThat(ActualCost.of(logs, card, usd("0"), MONDAY.plusDays(2))).isEqualTo(usd("70"));
  }

  @Test
  void personalRate_shouldWinOverRole_andChangeOnItsEffectiveDate() {
    RateCard card =
        RateCard.of(
            usd("50"),
            List.of(
                new RateCard.Rate("ann", MONDAY, usd("80")),
                new RateCard.Rate("ann", MONDAY.plusDays(2), usd("90"))),
            List.of(new RateCard.Rate("Architect", MONDAY.minusYears(1), usd("120"))));
    Optional<String> architect = Optional.of("Architect");

    assertThat(card.hourlyRate("ann", architect, MONDAY.plusDays(1))).isEqualTo(usd("80"));
    assertThat(card.hourlyRate("ann", architect, MONDAY.plusDays(2))).isEqualTo(usd("90"));
    assertThat(card.hourlyRate("ann", architect, MONDAY.minusDays(1))).isEqualTo(usd("120"));
    assertThat(card.hourlyRate("bob", Optional.empty(), MONDAY)).isEqualTo(usd("50"));
  }

  @Test
  void actualCost_shouldLeaveOutLaterWorklogs_andAddEnteredActuals() {
    RateCard card = RateCard.of(usd("10"), List.of(), List.of());
    List<Worklog> logs =
        List.of(
            new Worklog("dev", Optional.empty(), MONDAY, new BigDecimal("2.5")),
            new Worklog("dev", Optional.empty(), MONDAY.plusDays(9), BigDecimal.TEN));

    assertThat(ActualCost.of(logs, card, usd("100"), MONDAY.plusDays(1))).isEqualTo(usd("125"));
  }

  @Test
  void rateCard_shouldRefuseMixedCurrencies_andTwoRatesFromOneDay() {
    assertThatThrownBy(
            () ->
                RateCard.of(
                    usd("1"),
                    List.of(new RateCard.Rate("a", MONDAY, Money.of("1", "EUR"))),
                    List.of()))
        .hasMessageContaining("USD and EUR");
    assertThatThrownBy(
            () ->
                RateCard.of(
                    usd("1"),
                    List.of(
                        new RateCard.Rate("a", MONDAY, usd("2")),
                        new RateCard.Rate("a", MONDAY, usd("3"))),
                    List.of()))
        .hasMessageContaining("two rates from 2026-11-30");
  }
}
