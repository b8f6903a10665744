package io.lodestar.pmo.jira.training.persistence.upgrade.v5;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;

/**
 * AO model version 5: creates the training tables (skills catalog, certification types, people,
 * their skills and certificates, requirements on work, courses with what they grant, sessions,
 * enrolments, expiry reminders sent). Additive only: no table or row of versions 1 to 4 is changed;
 * idempotent.
 */
public final class TrainingTablesTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "5";

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(
        SkillEntityV5.class,
        CertTypeEntityV5.class,
        TrainingPersonEntityV5.class,
        PersonSkillEntityV5.class,
        PersonCertEntityV5.class,
        RequirementEntityV5.class,
        CourseEntityV5.class,
        CourseGrantEntityV5.class,
        CourseSessionEntityV5.class,
        EnrolmentEntityV5.class,
        ReminderSentEntityV5.class);
  }
}
