package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.register.OverdueReview;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a review-reminder run did.
 *
 * @param today the as-of date
 * @param projectsScanned projects walked
 * @param unconfiguredProjectKeys projects skipped for lack of settings or model
 * @param overdue active risks found with a review date before {@code today}
 * @param newlyFlagged flags raised this run (new, or for a new missed review date)
 * @param flagsCleared flags removed (review date moved on, risk closed or gone)
 * @param remindersSent reminders sent, one per owner at most
 * @param unowned overdue risks that need a reminder but have no owner, most overdue first
 */
public record ReminderRun(
    LocalDate today,
    int projectsScanned,
    List<String> unconfiguredProjectKeys,
    long overdue,
    long newlyFlagged,
    long flagsCleared,
    int remindersSent,
    List<OverdueReview> unowned) {

  public ReminderRun {
    Objects.requireNonNull(today, "today");
    unconfiguredProjectKeys = List.copyOf(unconfiguredProjectKeys);
    unowned = List.copyOf(unowned);
  }
}
