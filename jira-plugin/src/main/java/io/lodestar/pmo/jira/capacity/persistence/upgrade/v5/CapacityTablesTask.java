package io.lodestar.pmo.jira.capacity.persistence.upgrade.v5;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * AO model version 5: creates the capacity tables (locations and holidays, planned people,
 * availability, absences, teams and memberships, explicit allocations). Additive only: no table or
 * row of versions 1 to 4 is changed; idempotent. There was no capacity data before, so nothing is
 * copied.
 */
public final class CapacityTablesTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "5";

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(
        CapLocationEntityV5.class,
        CapHolidayEntityV5.class,
        CapPersonEntityV5.class,
        CapAvailabilityEntityV5.class,
        CapAbsenceEntityV5.class,
        CapTeamEntityV5.class,
        CapTeamMemberEntityV5.class,
        CapAllocationEntityV5.class);
  }
}
