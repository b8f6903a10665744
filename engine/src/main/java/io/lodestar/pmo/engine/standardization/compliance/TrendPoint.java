package io.lodestar.pmo.engine.standardization.compliance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Compliance of a scope (one project, a template's projects or a portfolio) on one day.
 *
 * @param day the UTC day; never null
 * @param projects projects with a result by that day
 * @param compliant of those, how many complied
 * @param meanPercent the mean score in percent (2 decimals, half-up) of the projects with a defined
 *     score; empty when none has one
 */
public record TrendPoint(
    LocalDate day, int projects, int compliant, Optional<BigDecimal> meanPercent) {

  public TrendPoint {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(meanPercent, "meanPercent");
    if (projects < 0 || compliant < 0 || compliant > projects) {
      throw new IllegalArgumentException("0 <= compliant <= projects");
    }
  }
}
