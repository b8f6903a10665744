package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.shared.IssueKeyOrder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Objects;

/**
 * Finds active risks whose review date is strictly before {@code asOf} (a review due today is not
 * overdue; closed and occurred risks never are). Counts all of them and keeps the {@code
 * maxRetained} most overdue.
 */
public final class OverdueReviewsAccumulator implements RegisterAccumulator<OverdueReviews> {

  private static final Comparator<OverdueReview> MOST_OVERDUE_FIRST =
      Comparator.comparing(OverdueReview::reviewDate)
          .thenComparing(OverdueReview::issueKey, IssueKeyOrder.INSTANCE);

  private final LocalDate asOf;
  private final BoundedBest<OverdueReview> best;
  private long count;

  /**
   * @param asOf today, in the instance's time zone
   * @param maxRetained how many overdue reviews to keep in the result (the count covers all)
   */
  public OverdueReviewsAccumulator(LocalDate asOf, int maxRetained) {
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.best = new BoundedBest<>(maxRetained, MOST_OVERDUE_FIRST);
  }

  /** The overdue review of {@code risk} as of {@code asOf}, or null when it is not overdue. */
  public static OverdueReview overdue(Risk risk, LocalDate asOf) {
    if (!risk.isReviewOverdue(asOf)) {
      return null;
    }
    return new OverdueReview(
        risk.issueKey(),
        risk.projectKey(),
        risk.title(),
        risk.ownerKey(),
        risk.reviewDate(),
        ChronoUnit.DAYS.between(risk.reviewDate(), asOf));
  }

  @Override
  public void accept(AssessedRisk risk) {
    OverdueReview review = overdue(risk.risk(), asOf);
    if (review != null) {
      count++;
      best.offer(review);
    }
  }

  @Override
  public OverdueReviews result() {
    return new OverdueReviews(asOf, count, best.sorted());
  }
}
