package io.lodestar.pmo.engine.standardization.gate;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a project stands in its lifecycle.
 *
 * @param projectKey never null
 * @param phase the current phase (zero-based); equals the number of phases once complete
 * @param open the open gate request; empty when none
 * @param history every gate event, oldest first; copied
 */
public record GateState(
    String projectKey, int phase, Optional<GateRequest> open, List<GateEvent> history) {

  public GateState {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(open, "open");
    history = List.copyOf(history);
    if (phase < 0) {
      throw new IllegalArgumentException("phase < 0");
    }
  }

  /** A project at the start of its lifecycle. */
  public static GateState start(String projectKey) {
    return new GateState(projectKey, 0, Optional.empty(), List.of());
  }

  /** True once the last phase's gate is passed. */
  public boolean complete(GateConfig config) {
    return phase >= config.phases().size();
  }

  /** The current phase's name; empty once complete (the "Lodestar phase" field shows it). */
  public Optional<String> phaseName(GateConfig config) {
    return complete(config) ? Optional.empty() : Optional.of(config.phases().get(phase));
  }
}
