package io.lodestar.pmo.app.standardization.gate;

import java.util.Optional;

/**
 * Port: the PMO's gate settings and each project's gate state with its history (sandbox: SQL
 * tables; Jira: Active Objects). Called inside a transaction by {@link StageGateService}.
 */
public interface GateStore {

  /** The PMO's settings; {@link GateSettings#standard()} when none were saved. */
  GateSettings settings();

  /**
   * @param projectKey the project's key; never null
   * @return its stored state; empty while none is stored (phase 0, version 0)
   */
  Optional<StoredGate> find(String projectKey);

  /**
   * Stores {@code gate.state()} if the stored version still equals {@code gate.version()} (0: none
   * stored), with the version incremented; history entries beyond the stored ones are appended.
   *
   * @return the stored gate with its new version; empty when the stored version differs (a
   *     concurrent decision won)
   */
  Optional<StoredGate> save(StoredGate gate);
}
