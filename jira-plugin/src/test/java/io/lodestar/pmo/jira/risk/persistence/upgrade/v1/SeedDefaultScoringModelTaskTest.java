package io.lodestar.pmo.jira.risk.persistence.upgrade.v1;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.activeobjects.external.ModelVersion;
import io.lodestar.pmo.engine.risk.scoring.Bands;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ThresholdBanding;
import io.lodestar.pmo.jira.risk.persistence.AoScoringModelStore;
import io.lodestar.pmo.jira.risk.persistence.ScoringModelEntity;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryCacheManager;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class SeedDefaultScoringModelTaskTest {

  private InMemoryActiveObjects ao;
  private SeedDefaultScoringModelTask target;

  @Before
  public void setUp() {
    // as AO hands it to upgrade tasks: bound to no entity until the task migrates one
    ao = new InMemoryActiveObjects().requireMigration();
    target = new SeedDefaultScoringModelTask();
  }

  @Test
  public void getModelVersion_shouldBeOne() {
    // ModelVersion has no value equals (AO compares with isSame/compareTo)
    assertThat(target.getModelVersion().isSame(ModelVersion.valueOf("1"))).isTrue();
    assertThat(target.getModelVersion().compareTo(ModelVersion.valueOf("0"))).isPositive();
  }

  @Test
  public void upgrade_shouldSeedTheDefaultModel_whenTheDatabaseIsEmpty() {
    target.upgrade(ModelVersion.valueOf("0"), ao);

    assertThat(currentStore().list())
        .containsExactly(
            FormulaModel.of(
                    "PMBOK 5\u00d75",
                    Scale.pmbokProbability(),
                    Scale.pmbokImpact(),
                    ThresholdBanding.of(Bands.lowMediumHighCritical(), "0", "0.05", "0.18", "0.36"))
                .withIdentity(1, 1));
  }

  @Test
  public void upgrade_shouldAddNothing_whenRunTwice() {
    target.upgrade(ModelVersion.valueOf("0"), ao);

    target.upgrade(ModelVersion.valueOf("0"), ao);

    assertThat(ao.rows(ScoringModelEntityV1.class)).hasSize(1);
  }

  @Test
  public void upgrade_shouldAddNothing_whenTheDatabaseAlreadyHasModels() {
    // given: a model written by a build that predates the task
    ao.migrate(ScoringModelEntityV1.class);
    ScoringModel existing = FormulaModel.pmbokDefault();
    ScoringModel stored = store().create(existing);

    target.upgrade(ModelVersion.valueOf("0"), ao);

    assertThat(currentStore().list()).containsExactly(stored);
  }

  @Test
  public void frozenEntity_shouldMapTheSameTableAndColumnsAsTheLiveEntity() {
    ao.migrate(ScoringModelEntityV1.class);
    target.upgrade(ModelVersion.valueOf("0"), ao);

    Map<String, Object> row = ao.rows(ScoringModelEntity.class).get(1);

    assertThat(row)
        .containsKeys(
            ScoringModelEntity.NAME,
            ScoringModelEntity.KIND,
            ScoringModelEntity.FORMAT_VERSION,
            ScoringModelEntity.DEFINITION,
            ScoringModelEntity.VERSION);
  }

  private AoScoringModelStore currentStore() {
    ao.migrate(ScoringModelEntity.class);
    return store();
  }

  private AoScoringModelStore store() {
    AoTransactions transactions = new AoTransactions(ao);
    return new AoScoringModelStore(
        ao,
        transactions,
        new ClusterWriteLocks(new InMemoryClusterLockService(), transactions),
        new InMemoryCacheManager());
  }
}
