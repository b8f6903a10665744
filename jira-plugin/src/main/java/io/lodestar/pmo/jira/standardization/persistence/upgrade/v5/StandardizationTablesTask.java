package io.lodestar.pmo.jira.standardization.persistence.upgrade.v5;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v5.GateEventEntityV5;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v5.GateSettingsEntityV5;
import io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v5.GateStateEntityV5;

/**
 * AO model version 5: creates the standardization tables (template versions, assignments,
 * compliance scans and their results) and the stage-gate state, history and settings tables beside
 * version 4's phase table. Additive only: no table or row of versions 1 to 4 is changed, no row is
 * seeded; idempotent.
 */
public final class StandardizationTablesTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "5";

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(
        TemplateVersionEntityV5.class,
        AssignmentEntityV5.class,
        ScanEntityV5.class,
        ScanResultEntityV5.class,
        GateStateEntityV5.class,
        GateEventEntityV5.class,
        GateSettingsEntityV5.class);
  }
}
