package io.lodestar.pmo.app.standardization.gate;

import io.lodestar.pmo.engine.standardization.gate.GateState;
import java.util.Objects;

/**
 * A project's gate state as stored.
 *
 * @param state the state; never null
 * @param version optimistic-locking version: 0 while nothing is stored (the project is at the start
 *     of its lifecycle), incremented by every save
 */
public record StoredGate(GateState state, long version) {
  public StoredGate {
    Objects.requireNonNull(state, "state");
  }
}
