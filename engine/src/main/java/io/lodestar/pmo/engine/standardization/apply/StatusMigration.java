package io.lodestar.pmo.engine.standardization.apply;

import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import java.util.Objects;
import java.util.Optional;

/**
 * Issues of one issue type that move from an old status to a new one when the new workflow scheme
 * is associated.
 *
 * @param issueType never null
 * @param from the old status; never null
 * @param to the new status; never null
 * @param issues how many issues move, at least 1
 * @param fromCategory the old status's category; empty when the old workflow is not known
 * @param toCategory the new status's category; never null
 */
public record StatusMigration(
    String issueType,
    String from,
    String to,
    long issues,
    Optional<StatusCategory> fromCategory,
    StatusCategory toCategory) {

  public StatusMigration {
    Objects.requireNonNull(issueType, "issueType");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(fromCategory, "fromCategory");
    Objects.requireNonNull(toCategory, "toCategory");
    if (issues < 1) {
      throw new IllegalArgumentException("issues < 1: " + issues);
    }
  }

  /** True when the issues change status category (e.g. from In Progress to Done). */
  public boolean changesCategory() {
    return fromCategory.map(c -> c != toCategory).orElse(false);
  }
}
