package io.lodestar.pmo.app.capacity.port;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The open (not done) issues the capacity views spread over people's weeks, and the one write a
 * saved what-if makes: an issue's assignee and dates (in Jira: an issue update with the viewer's
 * EDIT_ISSUES permission; the sandbox: its issue write path).
 */
public interface CapacityWork {

  /** The most issues one read returns: more are counted, not spread. */
  int MAX_ITEMS = 50_000;

  /**
   * An open issue.
   *
   * @param issueKey never null
   * @param projectKey never null
   * @param summary never null
   * @param assignee user key; null when unassigned
   * @param start the start date; null when none
   * @param due the due date; null when none
   * @param remainingSeconds the remaining estimate; null when unestimated
   * @param version changes on every write of the issue (the sandbox: its update time in ms)
   */
  record Issue(
      String issueKey,
      String projectKey,
      String summary,
      String assignee,
      LocalDate start,
      LocalDate due,
      Long remainingSeconds,
      long version) {
    public Issue {
      Objects.requireNonNull(issueKey, "issueKey");
      Objects.requireNonNull(projectKey, "projectKey");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /** Open issues assigned to {@code assignees}, at most {@link #MAX_ITEMS}, by key. */
  List<Issue> openAssignedTo(Collection<String> assignees);

  /**
   * The assignees of open issues of {@code projectKey} due on or after {@code from} (or undated),
   * by key, at most 1,000.
   */
  List<String> assigneesOf(String projectKey, LocalDate from);

  /** Open issues of {@code projectKey} with no assignee, at most {@link #MAX_ITEMS}. */
  List<Issue> openUnassigned(String projectKey);

  Optional<Issue> issue(String issueKey);

  /**
   * Whether this host can apply a saved what-if to its issues ({@link #update}); when not, a save
   * is refused before anything is read or written (the what-if itself still works).
   */
  default boolean writesIssues() {
    return true;
  }

  /**
   * Sets the issue's assignee and dates when its version is still {@code version}.
   *
   * @return false (and nothing written) when the issue changed meanwhile or is gone
   */
  boolean update(
      String issueKey,
      long version,
      String assignee,
      LocalDate start,
      LocalDate due,
      String actorKey);
}
