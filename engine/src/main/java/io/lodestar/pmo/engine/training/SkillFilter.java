package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The skill condition of the capacity search ("with skill X at level ≥ L"), by the same rule as the
 * qualification check: a person qualifies when {@link SkillLevelPolicy} finds them OK for the need
 * from {@code first} on.
 */
public final class SkillFilter {

  private SkillFilter() {}

  /**
   * The keys of the people in {@code held} who meet {@code need} from {@code first} to {@code
   * last}.
   */
  public static Predicate<String> meeting(
      Need need, List<Held> held, LocalDate first, LocalDate last, TrainingCatalog catalog) {
    QualificationCheck check = new QualificationCheck(catalog);
    Set<String> keys = new HashSet<>();
    for (Held h : held) {
      if (check.check(List.of(need), h, first, last).status() == QualificationStatus.OK) {
        keys.add(h.personKey());
      }
    }
    return Set.copyOf(keys)::contains;
  }
}
