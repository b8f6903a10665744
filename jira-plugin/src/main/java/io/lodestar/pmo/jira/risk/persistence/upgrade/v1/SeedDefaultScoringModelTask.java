package io.lodestar.pmo.jira.risk.persistence.upgrade.v1;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask;
import com.atlassian.activeobjects.external.ModelVersion;
import net.java.ao.DBParam;

/**
 * AO model version 1: creates the scoring-model table and, when it holds no model, stores the
 * default PMBOK 5×5 formula model (probability 0.10..0.90, impact 0.05..0.80, bands low &lt; 0.05 ≤
 * medium &lt; 0.18 ≤ high &lt; 0.36 ≤ critical). Idempotent: run again, or on a database that
 * already has models, it adds nothing.
 *
 * <p>AO hands upgrade tasks an instance bound to no entity, so the task migrates its own frozen
 * entity first; the live entities are migrated by AO after the last task.
 */
public final class SeedDefaultScoringModelTask implements ActiveObjectsUpgradeTask {

  /** The model version this task brings the schema to. */
  public static final String MODEL_VERSION = "1";

  /** Name of the seeded model. */
  public static final String DEFAULT_MODEL_NAME = "PMBOK 5\u00d75";

  /** KIND column of the seeded model. */
  static final String KIND = "FORMULA";

  /** FORMAT_VERSION column of the seeded model. */
  static final int FORMAT_VERSION = 1;

  /** DEFINITION column of the seeded model, in definition format 1 (frozen). */
  static final String DEFINITION =
      """
      banding=THRESHOLDS
      bands.1.colour=\\#36B37E
      bands.1.key=low
      bands.1.label=Low
      bands.1.threshold=0
      bands.2.colour=\\#FFAB00
      bands.2.key=medium
      bands.2.label=Medium
      bands.2.threshold=0.05
      bands.3.colour=\\#DE350B
      bands.3.key=high
      bands.3.label=High
      bands.3.threshold=0.18
      bands.4.colour=\\#7A0000
      bands.4.key=critical
      bands.4.label=Critical
      bands.4.threshold=0.36
      bands.count=4
      impact.1.label=Very low
      impact.1.value=0.05
      impact.2.label=Low
      impact.2.value=0.10
      impact.3.label=Moderate
      impact.3.value=0.20
      impact.4.label=High
      impact.4.value=0.40
      impact.5.label=Very high
      impact.5.value=0.80
      impact.count=5
      probability.1.label=Very low
      probability.1.value=0.10
      probability.2.label=Low
      probability.2.value=0.30
      probability.3.label=Moderate
      probability.3.value=0.50
      probability.4.label=High
      probability.4.value=0.70
      probability.5.label=Very high
      probability.5.value=0.90
      probability.count=5
      """;

  @Override
  public ModelVersion getModelVersion() {
    return ModelVersion.valueOf(MODEL_VERSION);
  }

  @Override
  public void upgrade(ModelVersion currentVersion, ActiveObjects ao) {
    ao.migrate(ScoringModelEntityV1.class);
    ao.executeInTransaction(
        () -> {
          if (ao.count(ScoringModelEntityV1.class) == 0) {
            ao.create(
                ScoringModelEntityV1.class,
                new DBParam("NAME", DEFAULT_MODEL_NAME),
                new DBParam("KIND", KIND),
                new DBParam("FORMAT_VERSION", FORMAT_VERSION),
                new DBParam("DEFINITION", DEFINITION),
                new DBParam("VERSION", 1L));
          }
          return null;
        });
  }
}
