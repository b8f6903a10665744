package io.lodestar.pmo.app.portfolio.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** Numbers and dates as the charts print them, in the viewer's locale. */
final class ChartFormat {

  private final Locale locale;
  private final DateTimeFormatter day;
  private final DateTimeFormatter month;
  private final DateTimeFormatter dayMonth;

  ChartFormat(Locale locale) {
    this.locale = Objects.requireNonNull(locale, "locale");
    this.day = DateTimeFormatter.ofPattern("d MMM yyyy", locale);
    this.month = DateTimeFormatter.ofPattern("MMM yyyy", locale);
    this.dayMonth = DateTimeFormatter.ofPattern("d MMM", locale);
  }

  /** An amount with two decimals and grouping: {@code 1,250,000.00}. */
  String amount(BigDecimal value) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(2);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  /** An axis tick: short, e.g. {@code 250K}, {@code 1.5M}. */
  String tick(double value) {
    // compact only from a thousand on: the compact format rounds 0.2 to "0" (and a BigDecimal to
    // whole units), so small ticks are written out
    NumberFormat format =
        Math.abs(value) < 1000
            ? NumberFormat.getNumberInstance(locale)
            : NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
    format.setMaximumFractionDigits(2);
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(value);
  }

  String day(LocalDate date) {
    return day.format(date);
  }

  String month(LocalDate date) {
    return month.format(date);
  }

  String dayMonth(LocalDate date) {
    return dayMonth.format(date);
  }
}
