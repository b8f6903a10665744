package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A compliance scan as a cursor over the assigned projects, in project-key order: stored after each
 * project, so a scan interrupted on one node is resumed from its cursor by the next run (the
 * results it had stored are kept; re-judging the project at the cursor is idempotent because
 * results are stored per (scan, project)). A cancelled or completed plan does not move.
 *
 * @param scanId the scan's id; never null
 * @param projects the projects to judge, sorted by key, one assignment per project; copied
 * @param done how many of them are judged (the cursor), 0 to projects.size()
 * @param state running, cancelled or completed; never null
 * @param skipped of the done ones, how many could not be judged (project or version unreadable)
 */
public record ScanPlan(
    String scanId, List<TemplateAssignment> projects, int done, State state, int skipped) {

  /** Where a scan stands. */
  public enum State {
    RUNNING,
    CANCELLED,
    COMPLETED
  }

  public ScanPlan {
    Objects.requireNonNull(scanId, "scanId");
    projects = List.copyOf(projects);
    Objects.requireNonNull(state, "state");
    if (done < 0 || done > projects.size() || skipped < 0 || skipped > done) {
      throw new IllegalArgumentException("0 <= skipped <= done <= projects");
    }
    if ((state == State.RUNNING) != (done < projects.size()) && state != State.CANCELLED) {
      throw new IllegalArgumentException("running iff projects remain: " + state + " " + done);
    }
  }

  /**
   * A new running plan over {@code assignments} (sorted by project key; a project listed twice
   * keeps its last assignment); completed at once when there is nothing to scan.
   */
  public static ScanPlan start(String scanId, List<TemplateAssignment> assignments) {
    Map<String, TemplateAssignment> byKey = new LinkedHashMap<>();
    assignments.forEach(a -> byKey.put(a.projectKey(), a));
    List<TemplateAssignment> sorted =
        byKey.values().stream()
            .sorted(Comparator.comparing(TemplateAssignment::projectKey))
            .toList();
    return new ScanPlan(scanId, sorted, 0, sorted.isEmpty() ? State.COMPLETED : State.RUNNING, 0);
  }

  /** The next project to judge; empty when the plan is not running. */
  public Optional<TemplateAssignment> next() {
    return state == State.RUNNING ? Optional.of(projects.get(done)) : Optional.empty();
  }

  /** The plan with the cursor moved past the current project. */
  public ScanPlan advance(boolean wasSkipped) {
    if (state != State.RUNNING) {
      throw new IllegalStateException("plan is " + state);
    }
    int next = done + 1;
    return new ScanPlan(
        scanId,
        projects,
        next,
        next == projects.size() ? State.COMPLETED : State.RUNNING,
        skipped + (wasSkipped ? 1 : 0));
  }

  /** The plan cancelled; a plan that is not running is returned unchanged. */
  public ScanPlan cancel() {
    return state == State.RUNNING
        ? new ScanPlan(scanId, projects, done, State.CANCELLED, skipped)
        : this;
  }

  /** Progress in whole percent, rounded down; 100 when completed. */
  public int progressPercent() {
    return projects.isEmpty() ? 100 : (int) ((long) done * 100 / projects.size());
  }

  /** The key of the last judged project; empty before the first. */
  public Optional<String> cursor() {
    return done == 0 ? Optional.empty() : Optional.of(projects.get(done - 1).projectKey());
  }
}
