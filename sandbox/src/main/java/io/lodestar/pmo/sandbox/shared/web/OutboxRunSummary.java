package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.engine.risk.service.ReminderRun;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a review-reminder run as the outbox shows them after "Run review reminders now",
 * with the reasons why overdue risks led to no reminder (a bare "0 owners reminded" says nothing).
 * The figures travel in the redirect's query ({@link #query()}, {@link #parse}), so they are
 * whatever the browser sends back: each is read as a count, anything else as 0.
 *
 * @param projects configured projects scanned
 * @param overdue overdue active risks found
 * @param newlyFlagged overdue risks flagged this run (a new or a newly missed review date)
 * @param reminded owners a reminder was queued for
 * @param failed owners whose reminder could not be handed over
 * @param unowned overdue risks with no owner and no project lead to tell instead
 * @param hiddenFromOwner overdue risks left out because their owner may not browse them
 */
public record OutboxRunSummary(
    long projects,
    long overdue,
    long newlyFlagged,
    long reminded,
    long failed,
    long unowned,
    long hiddenFromOwner) {

  private static final String[] NAMES = {
    "projects", "overdue", "flagged", "reminded", "failed", "unowned", "hidden"
  };

  static OutboxRunSummary of(ReminderRun run) {
    return new OutboxRunSummary(
        run.projectsScanned(),
        run.overdue(),
        run.newlyFlagged(),
        run.remindersSent(),
        run.failedOwnerKeys().size(),
        run.unowned(),
        run.notVisibleToOwner());
  }

  /** Reads the figures back from a query; a missing or malformed figure is 0. */
  static OutboxRunSummary parse(java.util.function.Function<String, String> parameter) {
    long[] v = new long[NAMES.length];
    for (int i = 0; i < NAMES.length; i++) {
      v[i] = count(parameter.apply(NAMES[i]));
    }
    return new OutboxRunSummary(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
  }

  /** The figures as query parameters, {@code projects=1&overdue=2&...}. */
  String query() {
    long[] v = {projects, overdue, newlyFlagged, reminded, failed, unowned, hiddenFromOwner};
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < NAMES.length; i++) {
      b.append(i == 0 ? "" : "&").append(NAMES[i]).append('=').append(v[i]);
    }
    return b.toString();
  }

  /** The run in one sentence. */
  public String headline() {
    return "Review reminders ran over "
        + projects
        + " configured "
        + plural(projects, "project", "projects")
        + ": "
        + overdue
        + " overdue "
        + plural(overdue, "risk", "risks")
        + ", "
        + reminded
        + " "
        + plural(reminded, "owner", "owners")
        + " reminded.";
  }

  /** Why overdue risks reached no one, one sentence each; empty when there is nothing to say. */
  public List<String> reasons() {
    List<String> reasons = new ArrayList<>();
    if (projects == 0) {
      reasons.add(
          "No project is configured for risk management (a scoring model and field mapping),"
              + " so no risk was looked at.");
      return reasons;
    }
    if (overdue == 0) {
      reasons.add("No risk is past its review date, so nobody needed a reminder.");
      return reasons;
    }
    if (unowned > 0) {
      reasons.add(
          unowned
              + " overdue "
              + plural(unowned, "risk has", "risks have")
              + " no owner and no project lead who may see "
              + plural(unowned, "it", "them")
              + ", so there was nobody to remind: give "
              + plural(unowned, "it", "them")
              + " an owner.");
    }
    if (hiddenFromOwner > 0) {
      reasons.add(
          hiddenFromOwner
              + " overdue "
              + plural(hiddenFromOwner, "risk was", "risks were")
              + " left out because "
              + plural(hiddenFromOwner, "its owner", "their owners")
              + " may not browse "
              + plural(hiddenFromOwner, "it", "them")
              + ".");
    }
    if (failed > 0) {
      reasons.add(
          failed
              + " "
              + plural(failed, "owner", "owners")
              + " could not be reached (no e-mail address or the mail was refused); the next run"
              + " tries again.");
    }
    if (newlyFlagged == 0) {
      reasons.add(
          "The owners of the overdue risks were already reminded of these review dates: a"
              + " reminder goes out once per missed review date, until the date moves on.");
    }
    return reasons;
  }

  private static String plural(long n, String one, String many) {
    return n == 1 ? one : many;
  }

  private static long count(String value) {
    try {
      return value == null ? 0 : Math.max(0, Long.parseLong(value.trim()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
