package io.lodestar.pmo.jira.capacity.persistence.upgrade.v6;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * AO model version 6: creates the capacity tables (locations and holidays, planned people,
 * availability, absences, teams and memberships, explicit allocations). Additive only: no table or
 * row of versions 1 to 4 is changed; idempotent. There was no capacity data before, so nothing is
 * copied.
 */
public final class CapacityTablesTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "6";

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(
        CapLocationEntityV6.class,
        CapHolidayEntityV6.class,
        CapPersonEntityV6.class,
        CapAvailabilityEntityV6.class,
        CapAbsenceEntityV6.class,
        CapTeamEntityV6.class,
        CapTeamMemberEntityV6.class,
        CapAllocationEntityV6.class);
  }
}
