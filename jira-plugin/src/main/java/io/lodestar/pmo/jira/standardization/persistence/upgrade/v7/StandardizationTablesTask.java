package io.lodestar.pmo.jira.standardization.persistence.upgrade.v7;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v7.GateEventEntityV7;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v7.GateSettingsEntityV7;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v7.GateStateEntityV7;

/**
 * AO model version 7: creates the standardization tables (template versions, assignments,
 * compliance scans and their results) and the stage-gate state, history and settings tables beside
 * version 4's phase table. Additive only: no table or row of versions 1 to 6 is changed, no row is
 * seeded; idempotent.
 */
public final class StandardizationTablesTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "7";

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(
        TemplateVersionEntityV7.class,
        AssignmentEntityV7.class,
        ScanEntityV7.class,
        ScanResultEntityV7.class,
        GateStateEntityV7.class,
        GateEventEntityV7.class,
        GateSettingsEntityV7.class);
  }
}
