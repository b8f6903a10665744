package io.lodestar.pmo.engine.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of one currency. Amounts of two currencies are never added, subtracted or compared:
 * that is refused with a message naming both, because a rollup that silently mixed them would be
 * wrong in a way nobody could see.
 *
 * <p>Equality is by value ({@link BigDecimal#compareTo}), so 10 USD equals 10.00 USD. Amounts keep
 * the precision they were given; {@link #rounded()} rounds half-up to the currency's minor unit for
 * display.
 */
public final class Money implements Comparable<Money> {

  private final BigDecimal amount;
  private final String currency;

  private Money(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * An amount in a currency.
   *
   * @param amount the amount, never null
   * @param currency an ISO 4217 code such as {@code EUR}, never null
   * @throws IllegalArgumentException if the code is not an ISO 4217 currency
   */
  public static Money of(BigDecimal amount, String currency) {
    Objects.requireNonNull(amount, "amount");
    return new Money(amount, checkCurrency(currency));
  }

  /** {@link #of(BigDecimal, String)} from a decimal string such as {@code "1250.50"}. */
  public static Money of(String amount, String currency) {
    return of(new BigDecimal(Objects.requireNonNull(amount, "amount")), currency);
  }

  /** Zero in {@code currency}. */
  public static Money zero(String currency) {
    return of(BigDecimal.ZERO, currency);
  }

  /**
   * Returns the code upper-cased if it names an ISO 4217 currency.
   *
   * @throws IllegalArgumentException otherwise
   */
  public static String checkCurrency(String currency) {
    Objects.requireNonNull(currency, "currency");
    String code = currency.trim().toUpperCase(java.util.Locale.ROOT);
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code but was " + currency);
    }
    try {
      Currency.getInstance(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("currency must be an ISO 4217 code but was " + currency);
    }
    return code;
  }

  public BigDecimal amount() {
    return amount;
  }

  public String currency() {
    return currency;
  }

  public Money plus(Money other) {
    return new Money(amount.add(sameCurrency(other).amount), currency);
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(sameCurrency(other).amount), currency);
  }

  /** This amount times a plain number (a rate, a fraction), unrounded. */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(factor), currency);
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public int signum() {
    return amount.signum();
  }

  /** The amount rounded half-up to the currency's minor unit (2 for EUR, 0 for JPY). */
  public Money rounded() {
    int digits = Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    return new Money(amount.setScale(digits, RoundingMode.HALF_UP), currency);
  }

  /**
   * Returns {@code other} if it has this amount's currency.
   *
   * @throws IllegalArgumentException naming both currencies otherwise
   */
  public Money sameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new IllegalArgumentException(
          "amounts in " + currency + " and " + other.currency + " cannot be combined");
    }
    return other;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(sameCurrency(other).amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + amount.stripTrailingZeros().hashCode();
  }

  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
