package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Capacity and allocation of every planned person in the window, what became of each work item, and
 * the team and project views derived from them.
 */
public final class AllocationResult {

  private final Map<String, PersonLoad> people;
  private final Map<String, Team> teams;
  private final WorkSummary summary;
  private final List<String> unresolvedAllocations;

  AllocationResult(
      Map<String, PersonLoad> people,
      Map<String, Team> teams,
      WorkSummary summary,
      List<String> unresolvedAllocations) {
    this.people = Map.copyOf(people);
    this.teams = Map.copyOf(teams);
    this.summary = Objects.requireNonNull(summary, "summary");
    this.unresolvedAllocations = List.copyOf(unresolvedAllocations);
  }

  /** The load of {@code personKey}, if planned. */
  public Optional<PersonLoad> person(String personKey) {
    return Optional.ofNullable(people.get(personKey));
  }

  public Map<String, PersonLoad> people() {
    return people;
  }

  public WorkSummary summary() {
    return summary;
  }

  /** Ids of explicit allocations whose holder is neither a planned person nor a team. */
  public List<String> unresolvedAllocations() {
    return unresolvedAllocations;
  }

  /**
   * A team's cells per bucket: each member's capacity and allocation weighted by their membership %
   * (rounded down to whole seconds); empty for an unknown team.
   */
  public NavigableMap<LocalDate, LoadCell> team(String teamKey, Period period) {
    Team team = teams.get(teamKey);
    TreeMap<LocalDate, LoadCell> cells = new TreeMap<>();
    if (team == null) {
      return Collections.unmodifiableNavigableMap(cells);
    }
    for (Membership m : team.members()) {
      PersonLoad load = people.get(m.personKey());
      if (load == null) {
        continue;
      }
      load.cells(period)
          .forEach(
              (bucket, cell) ->
                  cells.merge(
                      bucket,
                      new LoadCell(
                          cell.capacitySeconds() * m.percent() / 100,
                          cell.allocatedSeconds() * m.percent() / 100),
                      LoadCell::plus));
    }
    return Collections.unmodifiableNavigableMap(cells);
  }

  /** Seconds allocated to {@code projectKey} per bucket, over all people. */
  public NavigableMap<LocalDate, Long> project(String projectKey, Period period) {
    TreeMap<LocalDate, Long> cells = new TreeMap<>();
    for (PersonLoad load : people.values()) {
      for (Contribution c : load.contributions()) {
        if (c.projectKey().equals(projectKey)) {
          cells.merge(period.bucketOf(c.day()), c.seconds(), Long::sum);
        }
      }
    }
    return Collections.unmodifiableNavigableMap(cells);
  }
}
