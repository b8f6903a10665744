package io.lodestar.pmo.engine.risk.port;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A mark that a risk's review is overdue. Shown on the issue panel and register; cleared once the
 * review date moves into the future or the risk is no longer active.
 *
 * @param issueKey risk issue key; never null
 * @param projectKey project key; never null
 * @param reviewDate the missed review date this flag is about; never null
 * @param flaggedOn the date the flag was first raised; never null
 * @param remindedOn the date the owner was last reminded; null when never reminded (e.g. unowned)
 */
public record ReviewFlag(
    String issueKey,
    String projectKey,
    LocalDate reviewDate,
    LocalDate flaggedOn,
    LocalDate remindedOn) {

  public ReviewFlag {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(reviewDate, "reviewDate");
    Objects.requireNonNull(flaggedOn, "flaggedOn");
  }
}
