package io.lodestar.pmo.engine.training;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * A project, issue type or component requires something of whoever is assigned its work.
 *
 * @param scope what the requirement is attached to
 * @param scopeKey the project key, issue type id or component name
 * @param need what it requires
 */
public record Requirement(Scope scope, String scopeKey, Need need) {

  /** What a requirement can be attached to. */
  public enum Scope {
    PROJECT,
    ISSUE_TYPE,
    COMPONENT
  }

  public Requirement {
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(scopeKey, "scopeKey");
    Objects.requireNonNull(need, "need");
  }

  /** True when this requirement applies to {@code work}. */
  public boolean appliesTo(Work work) {
    return switch (scope) {
      case PROJECT -> work.projectKey().equals(scopeKey);
      case ISSUE_TYPE -> work.issueType().equals(scopeKey);
      case COMPONENT -> work.components().contains(scopeKey);
    };
  }

  /** The needs of {@code requirements} that apply to {@code work}, each once, in order. */
  public static List<Need> needsOf(List<Requirement> requirements, Work work) {
    LinkedHashSet<Need> needs = new LinkedHashSet<>();
    for (Requirement r : requirements) {
      if (r.appliesTo(work)) {
        needs.add(r.need());
      }
    }
    return List.copyOf(new ArrayList<>(needs));
  }
}
