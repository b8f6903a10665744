package io.lodestar.pmo.app.portfolio.port;

import io.lodestar.pmo.engine.health.HealthOverride;
import java.util.Objects;

/**
 * A stored health override of a project, program or portfolio.
 *
 * @param id the store's id, for clearing it
 * @param targetKind {@code PROJECT}, {@code PROGRAM} or {@code PORTFOLIO}
 * @param targetKey the project or node key
 * @param override the override
 */
public record StoredOverride(
    long id, String targetKind, String targetKey, HealthOverride override) {
  public StoredOverride {
    Objects.requireNonNull(targetKind, "targetKind");
    Objects.requireNonNull(targetKey, "targetKey");
    Objects.requireNonNull(override, "override");
  }
}
