package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;

/**
 * AO model version 2: creates the project-profile and snapshot tables and, when the instance has no
 * snapshot retention setting yet, stores the default one ({@value #DEFAULT_RETENTION}: every
 * nightly snapshot for 14 days, one a week for 12 months, one a month after that). Additive only:
 * no existing table or row of version 1 (risk models, risk settings, review flags, audit entries,
 * settings) is changed. Idempotent: run again, or on a database whose admin already chose a
 * retention, it adds nothing.
 *
 * <p>AO hands upgrade tasks an instance bound to no entity, so the task migrates its own frozen
 * entities first; the live entities are migrated by AO after the last task.
 */
public final class PortfolioTablesTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "2";

  /** The setting that holds the snapshot retention (frozen; the job reads the same key). */
  public static final String RETENTION_KEY = "portfolio.snapshot.retention";

  /** The seeded retention, in the text form of version 2 (frozen). */
  static final String DEFAULT_RETENTION = "dailyDays=14;weeklyMonths=12;monthlyYears=0";

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(ProjectProfileEntityV2.class, SnapshotEntityV2.class, SettingEntityV2.class);
    ao.executeInTransaction(
        () -> {
          if (ao.count(SettingEntityV2.class, "SETTING_KEY = ?", RETENTION_KEY) == 0) {
            ao.create(
                SettingEntityV2.class,
                new DBParam("SETTING_KEY", RETENTION_KEY),
                new DBParam("SETTING_VALUE", DEFAULT_RETENTION),
                new DBParam("VERSION", 1L));
          }
          return null;
        });
  }
}
