package io.lodestar.pmo.app.portfolio.port;

import io.lodestar.pmo.engine.health.HealthOverride;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Port: manual health overrides, kept as history. The current override of a target is its latest
 * one not cleared (expired or not: whether it still holds is {@link HealthOverride#isActiveOn}).
 * Writes join the caller's transaction.
 */
public interface HealthOverrideStore {

  /** The current overrides of the targets of one kind (at most 500 keys), by target key. */
  Map<String, StoredOverride> current(String targetKind, Collection<String> targetKeys);

  /** Stores a new override, which becomes the target's current one; returns it with its id. */
  StoredOverride add(String targetKind, String targetKey, HealthOverride override);

  /** Clears the target's current override; empty when it had none. */
  Optional<StoredOverride> clear(String targetKind, String targetKey, String byKey, Instant at);
}
