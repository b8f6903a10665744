package io.lodestar.pmo.jira.standardization.gate;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.jira.standardization.gate.persistence.GatePhaseEntity;
import java.util.Objects;
import java.util.Optional;

/** Reads a project's current stage-gate phase name from {@link GatePhaseEntity}. */
public final class AoProjectPhases {

  private final ActiveObjects ao;

  public AoProjectPhases(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
  }

  /**
   * @param projectKey a project key; null gives empty
   * @return the phase name; empty when the project has no row or its lifecycle is complete
   */
  public Optional<String> phaseOf(String projectKey) {
    if (projectKey == null) {
      return Optional.empty();
    }
    GatePhaseEntity[] rows =
        ao.find(GatePhaseEntity.class, GatePhaseEntity.PROJECT_KEY + " = ?", projectKey);
    return rows.length == 0 ? Optional.empty() : Optional.ofNullable(rows[0].getPhaseName());
  }
}
