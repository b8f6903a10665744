package io.lodestar.pmo.jira.risk.job;

/**
 * What one review-reminder run did.
 *
 * @param projects projects with risk settings that were swept
 * @param overdue active risks past their review date (all of them are flagged)
 * @param reminded owners a reminder was queued for
 * @param notReminded owners who could not be reminded (no e-mail, inactive, unknown, or none of
 *     their overdue risks visible to them)
 * @param unowned overdue risks without an owner (flagged, nobody to remind)
 * @param cleared flags removed because their risk is no longer overdue
 * @param cancelled whether the run stopped early on request (then nothing was sent or written)
 */
public record ReviewSweepResult(
    int projects,
    int overdue,
    int reminded,
    int notReminded,
    int unowned,
    int cleared,
    boolean cancelled) {

  /** A one-line summary for the scheduler's job history. */
  public String summary() {
    return (cancelled ? "cancelled after " : "")
        + projects
        + " projects, "
        + overdue
        + " overdue risks, "
        + reminded
        + " owners reminded, "
        + notReminded
        + " owners not reachable, "
        + unowned
        + " unowned, "
        + cleared
        + " flags cleared";
  }
}
