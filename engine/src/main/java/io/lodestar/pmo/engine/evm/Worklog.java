package io.lodestar.pmo.engine.evm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Time logged on the scope's work.
 *
 * @param authorKey user key of who worked
 * @param role their role in the project, if the rate card prices by role
 * @param date the day the work was done
 * @param hours hours worked, greater than 0
 */
public record Worklog(String authorKey, Optional<String> role, LocalDate date, BigDecimal hours) {

  public Worklog {
    Objects.requireNonNull(authorKey, "authorKey");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(hours, "hours");
    if (hours.signum() <= 0) {
      throw new IllegalArgumentException("hours must be greater than 0: " + hours);
    }
  }
}
