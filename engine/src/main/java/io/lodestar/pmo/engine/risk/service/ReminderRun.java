package io.lodestar.pmo.engine.risk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a review-reminder run did. A cancelled run reports how far its scan got and that it sent and
 * wrote nothing (the reminder and flag fields are then empty or 0).
 *
 * @param today the as-of date; never null
 * @param cancelled whether the run stopped on request before sending anything
 * @param projectsScanned configured projects whose risks were walked (completely)
 * @param unconfiguredProjectKeys projects skipped for lack of settings or model; never null
 * @param overdue active risks found with a review date before {@code today}
 * @param newlyFlagged flags raised this run (new, or for a new missed review date)
 * @param flagsWritten flags created or updated (new flags plus flags marked as reminded)
 * @param flagsCleared flags removed (review date moved on, risk closed or gone)
 * @param remindedOwnerKeys owners a reminder was queued for, in user-key order; never null
 * @param failedOwnerKeys owners whose reminder could not be handed over (retried next run), in
 *     user-key order; never null
 * @param notVisibleToOwner overdue risks left out of their owner's reminder because the owner may
 *     not browse them (flagged, never listed)
 * @param unowned overdue risks that need a reminder but have no owner, and whose project has no
 *     contact for unowned risks who may browse them (flagged, nobody to remind); unowned risks
 *     listed in the contact's reminder are not counted here
 */
public record ReminderRun(
    LocalDate today,
    boolean cancelled,
    int projectsScanned,
    List<String> unconfiguredProjectKeys,
    long overdue,
    long newlyFlagged,
    long flagsWritten,
    long flagsCleared,
    List<String> remindedOwnerKeys,
    List<String> failedOwnerKeys,
    long notVisibleToOwner,
    long unowned) {

  public ReminderRun {
    Objects.requireNonNull(today, "today");
    unconfiguredProjectKeys = List.copyOf(unconfiguredProjectKeys);
    remindedOwnerKeys = List.copyOf(remindedOwnerKeys);
    failedOwnerKeys = List.copyOf(failedOwnerKeys);
  }

  /** Reminders queued, one per owner at most. */
  public int remindersSent() {
    return remindedOwnerKeys.size();
  }
}
