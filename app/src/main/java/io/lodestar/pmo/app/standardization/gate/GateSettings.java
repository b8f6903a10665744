package io.lodestar.pmo.app.standardization.gate;

import io.lodestar.pmo.engine.standardization.gate.GateConfig;
import java.util.List;
import java.util.Objects;

/**
 * The PMO's stage-gate settings: one lifecycle for every project, and who approves gates.
 *
 * @param config phases, gate criteria and quorum; never null
 * @param approverKeys user keys of the approvers, in the PMO's order; copied
 * @param version optimistic-locking version, 0 before the first save
 */
public record GateSettings(GateConfig config, List<String> approverKeys, long version) {

  public GateSettings {
    Objects.requireNonNull(config, "config");
    approverKeys = List.copyOf(approverKeys);
  }

  /** The standard lifecycle with no approvers (no gate can be requested until some are named). */
  public static GateSettings standard() {
    return new GateSettings(GateConfig.standard(), List.of(), 0);
  }
}
