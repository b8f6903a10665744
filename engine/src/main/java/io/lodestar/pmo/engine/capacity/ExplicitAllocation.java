package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person, placeholder or team allocated to a project (optionally to one issue) over a date range.
 * An allocation that names an issue replaces that issue's estimate spread.
 *
 * <p>A team allocation falls on its members: a percentage takes that share of each member's team
 * capacity (capacity × membership %); hours are divided between members in proportion to their team
 * capacity in the range, then spread over each one's working days.
 *
 * @param id stable id, for drill-down; never null
 * @param holderKey a person's key or a team's key; never null
 * @param team true when {@code holderKey} is a team
 * @param projectKey never null
 * @param issueKey the issue it stands for; empty for project-level allocations
 * @param first first day; never null
 * @param last last day, not before {@code first}
 * @param amount never null
 */
public record ExplicitAllocation(
    String id,
    String holderKey,
    boolean team,
    String projectKey,
    Optional<String> issueKey,
    LocalDate first,
    LocalDate last,
    AllocationAmount amount) {

  public ExplicitAllocation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(holderKey, "holderKey");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    Objects.requireNonNull(amount, "amount");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("allocation " + id + " ends before it starts");
    }
  }

  /** {@code percent} % of a person's capacity on a project. */
  public static ExplicitAllocation percentOfPerson(
      String id, String person, String project, LocalDate first, LocalDate last, int percent) {
    return new ExplicitAllocation(
        id,
        person,
        false,
        project,
        Optional.empty(),
        first,
        last,
        new AllocationAmount.PercentOfCapacity(percent));
  }
}
