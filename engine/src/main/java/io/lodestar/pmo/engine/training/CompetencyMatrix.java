package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A team's competency matrix as of a day: members × skills, each cell the highest level the member
 * holds of exactly that skill (with its source and date), empty when not held.
 */
public final class CompetencyMatrix {

  private final List<String> people;
  private final List<String> skills;
  private final Map<String, Map<String, PersonSkill>> cells;

  private CompetencyMatrix(
      List<String> people, List<String> skills, Map<String, Map<String, PersonSkill>> cells) {
    this.people = people;
    this.skills = skills;
    this.cells = cells;
  }

  /**
   * The matrix of {@code members} over {@code skillIds} (columns in that order).
   *
   * @param held each member's holdings; members without an entry hold nothing
   */
  public static CompetencyMatrix of(
      List<String> members, List<String> skillIds, List<Held> held, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Map<String, Map<String, PersonSkill>> cells = new LinkedHashMap<>();
    for (String m : members) {
      cells.put(m, new LinkedHashMap<>());
    }
    for (Held h : held) {
      Map<String, PersonSkill> row = cells.get(h.personKey());
      if (row == null) {
        continue;
      }
      for (PersonSkill s : h.skills()) {
        if (!skillIds.contains(s.skillId()) || s.since().isAfter(asOf)) {
          continue;
        }
        row.merge(s.skillId(), s, (a, b) -> b.level() > a.level() ? b : a);
      }
    }
    return new CompetencyMatrix(List.copyOf(members), List.copyOf(skillIds), cells);
  }

  public List<String> people() {
    return people;
  }

  public List<String> skills() {
    return skills;
  }

  /** The member's holding of the skill, if any. */
  public Optional<PersonSkill> cell(String personKey, String skillId) {
    return Optional.ofNullable(cells.getOrDefault(personKey, Map.of()).get(skillId));
  }

  /** How many members hold {@code skillId} at {@code minLevel} or above. */
  public int coverage(String skillId, int minLevel) {
    int count = 0;
    for (String p : people) {
      if (cell(p, skillId).map(s -> s.level() >= minLevel).orElse(false)) {
        count++;
      }
    }
    return count;
  }

  /** Members who hold {@code skillId} at {@code minLevel} or above. */
  public List<String> holders(String skillId, int minLevel) {
    List<String> holders = new ArrayList<>();
    for (String p : people) {
      if (cell(p, skillId).map(s -> s.level() >= minLevel).orElse(false)) {
        holders.add(p);
      }
    }
    return List.copyOf(holders);
  }
}
