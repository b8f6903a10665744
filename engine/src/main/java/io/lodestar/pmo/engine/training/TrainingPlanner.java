package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Training plans: the gaps between what a person's work requires and what they hold over a period,
 * and the courses that would close them, those closing most gaps first (then the shortest, then by
 * id). A team's plan is its members' plans with the number of members missing each need.
 */
public final class TrainingPlanner {

  /** The most courses suggested per person. */
  public static final int MAX_SUGGESTIONS = 10;

  /** One need not met, with the finding that says why. */
  public record Gap(Need need, QualificationFinding finding) {}

  /** A course that meets some of the gaps. */
  public record Suggestion(Course course, List<Need> closes) {
    public Suggestion {
      closes = List.copyOf(closes);
    }
  }

  /** One person's plan. */
  public record PersonPlan(String personKey, List<Gap> gaps, List<Suggestion> suggestions) {
    public PersonPlan {
      gaps = List.copyOf(gaps);
      suggestions = List.copyOf(suggestions);
    }
  }

  /** A team's plan: each member's, and how many members miss each need. */
  public record TeamPlan(List<PersonPlan> members, Map<Need, Integer> missing) {
    public TeamPlan {
      members = List.copyOf(members);
      missing = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(missing));
    }
  }

  private final TrainingCatalog catalog;
  private final QualificationCheck check;

  public TrainingPlanner(TrainingCatalog catalog) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.check = new QualificationCheck(catalog);
  }

  /**
   * The plan of {@code held} for {@code needs} over {@code first .. last} (a certificate expiring
   * before {@code last} is a gap).
   */
  public PersonPlan plan(
      Held held, List<Need> needs, LocalDate first, LocalDate last, List<Course> courses) {
    List<Gap> gaps = new ArrayList<>();
    for (QualificationFinding f : check.check(needs, held, first, last).problems()) {
      gaps.add(new Gap(f.need(), f));
    }
    List<Suggestion> suggestions = new ArrayList<>();
    for (Course c : courses) {
      List<Need> closes = new ArrayList<>();
      for (Gap g : gaps) {
        if (c.meets(g.need(), catalog.skills()) && !closes.contains(g.need())) {
          closes.add(g.need());
        }
      }
      if (!closes.isEmpty()) {
        suggestions.add(new Suggestion(c, closes));
      }
    }
    suggestions.sort(
        Comparator.comparingInt((Suggestion s) -> -s.closes().size())
            .thenComparingLong(s -> s.course().durationSeconds())
            .thenComparing(s -> s.course().id()));
    return new PersonPlan(
        held.personKey(),
        gaps,
        suggestions.subList(0, Math.min(MAX_SUGGESTIONS, suggestions.size())));
  }

  /** The plan of every member in {@code members} for the same needs. */
  public TeamPlan teamPlan(
      List<Held> members, List<Need> needs, LocalDate first, LocalDate last, List<Course> courses) {
    List<PersonPlan> plans = new ArrayList<>();
    Map<Need, Integer> missing = new LinkedHashMap<>();
    for (Need n : needs) {
      missing.put(n, 0);
    }
    for (Held h : members) {
      PersonPlan plan = plan(h, needs, first, last, courses);
      plans.add(plan);
      plan.gaps().stream()
          .map(Gap::need)
          .distinct()
          .forEach(n -> missing.merge(n, 1, Integer::sum));
    }
    return new TeamPlan(plans, missing);
  }
}
