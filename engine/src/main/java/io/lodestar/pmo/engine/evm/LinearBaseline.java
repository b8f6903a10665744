package io.lodestar.pmo.engine.evm;

import io.lodestar.pmo.engine.shared.WorkingDays;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A baseline that plans value evenly over the working days from start to end. The status date
 * counts as worked (status "Wednesday evening"), so a 4-day task starting Monday is 75 % planned on
 * Wednesday.
 *
 * @param start first working day of the plan
 * @param end last working day of the plan, not before {@code start}
 * @param calendar which days are working days
 */
public record LinearBaseline(LocalDate start, LocalDate end, WorkingDays calendar) {

  public LinearBaseline {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    Objects.requireNonNull(calendar, "calendar");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "end (" + end + ") must not be before start (" + start + ")");
    }
  }

  /**
   * The planned fraction complete at the end of {@code statusDate}, in [0, 1]: working days from
   * start to the status date over working days from start to end. A plan with no working day at all
   * is complete from its end on and not started before.
   */
  public BigDecimal plannedFraction(LocalDate statusDate) {
    Objects.requireNonNull(statusDate, "statusDate");
    int total = calendar.count(start, end);
    if (total == 0) {
      return statusDate.isBefore(end) ? BigDecimal.ZERO : BigDecimal.ONE;
    }
    LocalDate last = statusDate.isAfter(end) ? end : statusDate;
    int done = calendar.count(start, last);
    return BigDecimal.valueOf(done).divide(BigDecimal.valueOf(total), Metric.PRECISION);
  }
}
