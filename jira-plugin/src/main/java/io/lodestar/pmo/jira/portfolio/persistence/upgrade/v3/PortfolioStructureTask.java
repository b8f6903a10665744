package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * AO model version 3: creates the tables of the portfolio structure (portfolios and programs with
 * their project scopes, strategic objectives and their project links, health overrides). Additive
 * only: no table or row of version 2 (risk register, project profiles, snapshots, settings) is
 * changed, and no row is seeded (a Jira starts with no portfolio). Idempotent: run again it changes
 * nothing.
 *
 * <p>AO hands upgrade tasks an instance bound to no entity, so the task migrates its own frozen
 * entities; the live entities are migrated by AO after the last task.
 */
public final class PortfolioStructureTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "3";

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(
        PortfolioNodeEntityV3.class,
        PortfolioScopeEntityV3.class,
        ObjectiveEntityV3.class,
        ObjectiveLinkEntityV3.class,
        HealthOverrideEntityV3.class);
  }
}
