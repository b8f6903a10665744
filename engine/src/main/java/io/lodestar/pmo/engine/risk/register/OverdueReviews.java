package io.lodestar.pmo.engine.risk.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Overdue reviews as of a date.
 *
 * @param asOf the date reviews were compared with
 * @param count how many active risks have a review date strictly before {@code asOf}
 * @param mostOverdue up to the accumulator's limit of them, most overdue first (ties by issue key)
 */
public record OverdueReviews(LocalDate asOf, long count, List<OverdueReview> mostOverdue) {

  public OverdueReviews {
    Objects.requireNonNull(asOf, "asOf");
    mostOverdue = List.copyOf(mostOverdue);
  }
}
