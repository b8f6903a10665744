package io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * AO model version 4: creates the stage-gate phase table ({@code GATE_PHASE}). Additive only: no
 * table or row of versions 1 to 3 is changed; idempotent.
 */
public final class GateTablesTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "4";

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(GatePhaseEntityV4.class);
  }
}
