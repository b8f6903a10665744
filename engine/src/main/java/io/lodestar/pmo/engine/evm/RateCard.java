package io.lodestar.pmo.engine.evm;

import io.lodestar.pmo.engine.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Hourly cost rates of one currency: per person (by user key) or per role, each effective from a
 * date until the next rate of the same person or role, with a default for everyone else. A person's
 * own rate wins over their role's, the role's over the default.
 */
public final class RateCard {

  /**
   * One rate.
   *
   * @param subject a user key or a role name
   * @param from the first day it applies
   * @param hourly the rate per hour, at least 0
   */
  public record Rate(String subject, LocalDate from, Money hourly) {
    public Rate {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(hourly, "hourly");
      if (hourly.signum() < 0) {
        throw new IllegalArgumentException("the rate of " + subject + " must not be negative");
      }
    }
  }

  private final String currency;
  private final Money defaultRate;
  private final Map<String, List<Rate>> personal;
  private final Map<String, List<Rate>> roles;

  private RateCard(
      String currency,
      Money defaultRate,
      Map<String, List<Rate>> personal,
      Map<String, List<Rate>> roles) {
    this.currency = currency;
    this.defaultRate = defaultRate;
    this.personal = personal;
    this.roles = roles;
  }

  /**
   * A rate card.
   *
   * @param defaultRate the hourly rate of anyone without a personal or role rate; its currency is
   *     the card's
   * @param personalRates rates per user key
   * @param roleRates rates per role
   * @throws IllegalArgumentException when a rate is in another currency, or one subject has two
   *     rates from the same day
   */
  public static RateCard of(Money defaultRate, List<Rate> personalRates, List<Rate> roleRates) {
    Objects.requireNonNull(defaultRate, "defaultRate");
    return new RateCard(
        defaultRate.currency(),
        defaultRate,
        index(defaultRate, personalRates),
        index(defaultRate, roleRates));
  }

  public String currency() {
    return currency;
  }

  /** The hourly rate of {@code userKey} (with {@code role}, if any) on {@code date}. */
  public Money hourlyRate(String userKey, Optional<String> role, LocalDate date) {
    return effective(personal.get(userKey), date)
        .or(() -> role.flatMap(r -> effective(roles.get(r), date)))
        .orElse(defaultRate);
  }

  /** The cost of {@code hours} worked by {@code userKey} on {@code date}, unrounded. */
  public Money cost(String userKey, Optional<String> role, LocalDate date, BigDecimal hours) {
    return hourlyRate(userKey, role, date).times(hours);
  }

  private static Optional<Money> effective(List<Rate> rates, LocalDate date) {
    if (rates == null) {
      return Optional.empty();
    }
    Money found = null;
    for (Rate rate : rates) { // ascending by date
      if (rate.from().isAfter(date)) {
        break;
      }
      found = rate.hourly();
    }
    return Optional.ofNullable(found);
  }

  private static Map<String, List<Rate>> index(Money defaultRate, List<Rate> rates) {
    Map<String, List<Rate>> bySubject = new HashMap<>();
    for (Rate rate : rates) {
      defaultRate.sameCurrency(rate.hourly());
      bySubject.computeIfAbsent(rate.subject(), s -> new ArrayList<>()).add(rate);
    }
    for (List<Rate> list : bySubject.values()) {
      list.sort(Comparator.comparing(Rate::from));
      for (int i = 1; i < list.size(); i++) {
        if (list.get(i).from().equals(list.get(i - 1).from())) {
          throw new IllegalArgumentException(
              list.get(i).subject() + " has two rates from " + list.get(i).from());
        }
      }
      bySubject.put(list.get(0).subject(), List.copyOf(list));
    }
    return Map.copyOf(bySubject);
  }
}
