package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The work whose assignee is checked: where it sits and when it happens.
 *
 * @param issueKey never null
 * @param projectKey never null
 * @param issueType the issue type's id; never null
 * @param components component names; never null
 * @param start first day; empty: from the day of the check
 * @param due the due date; empty: the start only
 */
public record Work(
    String issueKey,
    String projectKey,
    String issueType,
    Set<String> components,
    Optional<LocalDate> start,
    Optional<LocalDate> due) {

  public Work {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(issueType, "issueType");
    components = Set.copyOf(components);
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(due, "due");
  }

  /** The first day checked: the start, else {@code asOf}. */
  public LocalDate firstDay(LocalDate asOf) {
    return start.orElse(asOf);
  }

  /** The last day checked: the due date, else the first day; never before the first day. */
  public LocalDate lastDay(LocalDate asOf) {
    LocalDate first = firstDay(asOf);
    return due.filter(d -> !d.isBefore(first)).orElse(first);
  }
}
