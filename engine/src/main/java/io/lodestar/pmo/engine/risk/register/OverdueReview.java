package io.lodestar.pmo.engine.risk.register;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A risk whose review date has passed.
 *
 * @param issueKey risk issue key; never null
 * @param projectKey project key; never null
 * @param title issue summary; never null
 * @param ownerKey risk owner's user key; null when unowned
 * @param reviewDate the missed review date; never null
 * @param daysOverdue calendar days from the review date to the as-of date, at least 1
 */
public record OverdueReview(
    String issueKey,
    String projectKey,
    String title,
    String ownerKey,
    LocalDate reviewDate,
    long daysOverdue) {

  public OverdueReview {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(reviewDate, "reviewDate");
    if (daysOverdue < 1) {
      throw new IllegalArgumentException("daysOverdue must be >= 1: " + daysOverdue);
    }
  }
}
