package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Assigned work as the host reads it from an issue.
 *
 * @param issueKey e.g. {@code ALPHA-12}; never null
 * @param projectKey e.g. {@code ALPHA}; never null
 * @param assignee person key; empty when unassigned
 * @param start first day of the work; empty means "from the start of the window"
 * @param due last day of the work (the due date); empty: unscheduled
 * @param remainingSeconds the remaining estimate; empty: unestimated
 */
public record WorkItem(
    String issueKey,
    String projectKey,
    Optional<String> assignee,
    Optional<LocalDate> start,
    Optional<LocalDate> due,
    Optional<Long> remainingSeconds) {

  public WorkItem {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(assignee, "assignee");
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(remainingSeconds, "remainingSeconds");
    remainingSeconds.ifPresent(
        s -> {
          if (s < 0) {
            throw new IllegalArgumentException(issueKey + ": negative remaining estimate " + s);
          }
        });
  }

  /** Assigned, dated and estimated work. */
  public static WorkItem of(
      String issueKey,
      String projectKey,
      String assignee,
      LocalDate start,
      LocalDate due,
      long remainingSeconds) {
    return new WorkItem(
        issueKey,
        projectKey,
        Optional.of(assignee),
        Optional.ofNullable(start),
        Optional.ofNullable(due),
        Optional.of(remainingSeconds));
  }
}
