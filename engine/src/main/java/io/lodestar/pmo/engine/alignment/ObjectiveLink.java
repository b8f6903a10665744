package io.lodestar.pmo.engine.alignment;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A project serving an objective with a share of its effort.
 *
 * @param projectKey the project
 * @param objectiveId the objective
 * @param sharePercent the share of the project's budget and work that serves the objective, in (0,
 *     100]; a project's shares add up to at most 100
 */
public record ObjectiveLink(String projectKey, String objectiveId, BigDecimal sharePercent) {

  public ObjectiveLink {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(objectiveId, "objectiveId");
    Objects.requireNonNull(sharePercent, "sharePercent");
    if (sharePercent.signum() <= 0 || sharePercent.compareTo(BigDecimal.valueOf(100)) > 0) {
      throw new IllegalArgumentException(
          "sharePercent of " + projectKey + " → " + objectiveId + " must be within (0, 100]");
    }
  }
}
