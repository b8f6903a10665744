package io.lodestar.pmo.app.risk.web;

import java.util.Currency;
import java.util.Locale;
import java.util.Objects;

/**
 * The one currency of the register's cost figures (cost impacts, EMV, cost exposure): an ISO 4217
 * code shown beside every amount. The engine holds amounts without a currency (the register's
 * single "reporting currency"); the host names it: the system property {@value #PROPERTY} of the
 * Jira (or sandbox) JVM, {@value #DEFAULT_CODE} when unset.
 *
 * @param code the ISO 4217 code, e.g. {@code EUR}
 */
public record ReportingCurrency(String code) {

  /** System property naming the reporting currency. */
  public static final String PROPERTY = "io.lodestar.pmo.currency";

  /** The currency when none is configured. */
  public static final String DEFAULT_CODE = "USD";

  /**
   * @throws IllegalArgumentException when {@code code} is no ISO 4217 currency code
   */
  public ReportingCurrency {
    Objects.requireNonNull(code, "code");
    code = Currency.getInstance(code.strip().toUpperCase(Locale.ROOT)).getCurrencyCode();
  }

  /** The currency named by {@value #PROPERTY}, else {@value #DEFAULT_CODE}. */
  public static ReportingCurrency fromSystemProperty() {
    String configured = System.getProperty(PROPERTY);
    return new ReportingCurrency(
        configured == null || configured.isBlank() ? DEFAULT_CODE : configured);
  }
}
