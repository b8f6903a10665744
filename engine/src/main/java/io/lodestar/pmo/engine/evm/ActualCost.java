package io.lodestar.pmo.engine.evm;

import io.lodestar.pmo.engine.shared.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * AC from worklogs × rates: each worklog priced at its author's rate on its date, up to and
 * including the status date, plus actuals entered by hand (invoices, licences) in the card's
 * currency.
 */
public final class ActualCost {

  private ActualCost() {}

  /**
   * The actual cost to the end of {@code statusDate}.
   *
   * @param worklogs the scope's worklogs (any order); later ones are ignored
   * @param rates the rate card
   * @param entered actuals entered by hand to the status date, in the card's currency
   */
  public static Money of(
      Iterable<Worklog> worklogs, RateCard rates, Money entered, LocalDate statusDate) {
    Objects.requireNonNull(worklogs, "worklogs");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(statusDate, "statusDate");
    Money total = Money.zero(rates.currency()).plus(entered);
    for (Worklog log : worklogs) {
      if (!log.date().isAfter(statusDate)) {
        total = total.plus(rates.cost(log.authorKey(), log.role(), log.date(), log.hours()));
      }
    }
    return total;
  }
}
