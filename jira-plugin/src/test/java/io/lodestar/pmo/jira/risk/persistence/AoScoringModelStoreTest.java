package io.lodestar.pmo.jira.risk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.risk.persistence.ScoringModels;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryCacheManager;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.shared.persistence.Races;
import io.lodestar.pmo.jira.shared.persistence.WriteLockUnavailableException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.Before;
import org.junit.Test;

public class AoScoringModelStoreTest {

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private InMemoryCacheManager cacheManager;
  private AoTransactions transactions;
  private AoScoringModelStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    lockService = new InMemoryClusterLockService();
    cacheManager = new InMemoryCacheManager();
    transactions = new AoTransactions(ao);
    ClusterWriteLocks locks =
        new ClusterWriteLocks(lockService, transactions, Duration.ofSeconds(5));
    target = new AoScoringModelStore(ao, transactions, locks, cacheManager);
  }

  @Test
  public void create_shouldStoreTheModelWithAnIdAndVersionOne() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());

    assertThat(created.id()).isPositive();
    assertThat(created.version()).isEqualTo(1);
    assertThat(target.find(created.id())).contains(created);
  }

  @Test
  public void find_shouldReturnEveryKindAsCreated_whenReadBack() {
    ScoringModel lookup = target.create(ScoringModels.lookupWithAwkwardLabels());
    ScoringModel rpn = target.create(ScoringModels.fmea());

    assertThat(target.find(lookup.id()))
        .contains(ScoringModels.lookupWithAwkwardLabels().withIdentity(lookup.id(), 1));
    assertThat(target.find(rpn.id())).contains(ScoringModels.fmea().withIdentity(rpn.id(), 1));
  }

  @Test
  public void find_shouldBeEmpty_whenThereIsNoSuchModel() {
    assertThat(target.find(42)).isEmpty();
    assertThat(target.find(-1)).isEmpty();
  }

  @Test
  public void update_shouldIncrementTheVersion_whenTheExpectedVersionIsCurrent() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    ScoringModel renamed = rename(created, "Renamed");

    StoreResult<ScoringModel> result = target.update(renamed, 1);

    assertThat(result).isEqualTo(StoreResult.stored(renamed.withIdentity(created.id(), 2)));
    assertThat(target.find(created.id()).orElseThrow().name()).isEqualTo("Renamed");
    assertThat(target.find(created.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  public void update_shouldReportAConflictAndChangeNothing_whenTheVersionIsStale() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    target.update(rename(created, "Second"), 1);

    StoreResult<ScoringModel> result = target.update(rename(created, "Stale edit"), 1);

    assertThat(result).isEqualTo(StoreResult.conflict(1, 2));
    ScoringModel stored = target.find(created.id()).orElseThrow();
    assertThat(stored.name()).isEqualTo("Second");
    assertThat(stored.version()).isEqualTo(2);
  }

  @Test
  public void update_shouldReportMissing_whenThereIsNoSuchModel() {
    ScoringModel ghost = ScoringModels.pmbokWithCritical().withIdentity(99, 1);

    assertThat(target.update(ghost, 1)).isEqualTo(StoreResult.missing());
    assertThat(ao.rows(ScoringModelEntity.class)).isEmpty();
  }

  @Test
  public void update_shouldLeaveTheOldModel_whenTheDatabaseFailsDuringTheWrite() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    ao.failOnWrite(1);

    assertThatThrownBy(() -> target.update(rename(created, "Lost"), 1))
        .isInstanceOf(IllegalStateException.class);

    assertThat(target.find(created.id())).contains(created);
  }

  @Test
  public void delete_shouldRemoveTheModel_whenTheVersionIsCurrent() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());

    StoreResult<ScoringModel> result = target.delete(created.id(), 1);

    assertThat(result).isEqualTo(StoreResult.stored(created));
    assertThat(target.find(created.id())).isEmpty();
  }

  @Test
  public void delete_shouldReportAConflictAndKeepTheModel_whenTheVersionIsStale() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    target.update(rename(created, "Second"), 1);

    StoreResult<ScoringModel> result = target.delete(created.id(), 1);

    assertThat(result).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.find(created.id())).isPresent();
  }

  @Test
  public void list_shouldOrderByNameThenId() {
    ScoringModel b = target.create(rename(ScoringModels.fmea(), "B"));
    ScoringModel a2 = target.create(rename(ScoringModels.pmbokWithCritical(), "A"));
    ScoringModel a1 = target.create(rename(ScoringModels.lookupWithAwkwardLabels(), "A"));

    assertThat(target.list()).containsExactly(a2, a1, b);
  }

  @Test
  public void list_shouldLeaveOutAnUnreadableRow_whenOneIsCorrupt() {
    ScoringModel good = target.create(ScoringModels.pmbokWithCritical());
    ao.insertRaw(ScoringModelEntity.class, corruptRow());

    assertThat(target.list()).containsExactly(good);
  }

  @Test
  public void find_shouldFailClearly_whenTheRowIsCorrupt() {
    int id = ao.insertRaw(ScoringModelEntity.class, corruptRow());

    assertThatThrownBy(() -> target.find(id))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("scoring model " + id);
  }

  @Test
  public void update_shouldLetExactlyOneWriterWin_whenTwoRaceWithTheSameVersion() throws Exception {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    String lock = "lodestar.internal.lock.risk-model." + created.id();

    List<StoreResult<ScoringModel>> results =
        Races.race(
            ao,
            () -> lockService.hasWaiters(lock),
            () -> target.update(rename(created, "First"), 1),
            () -> target.update(rename(created, "Second"), 1));

    assertThat(results.get(0))
        .isEqualTo(StoreResult.stored(rename(created, "First").withIdentity(created.id(), 2)));
    assertThat(results.get(1)).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.find(created.id()).orElseThrow().name()).isEqualTo("First");
  }

  @Test
  public void delete_shouldReportAConflict_whenAnUpdateWithTheSameVersionWinsTheRace()
      throws Exception {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    String lock = "lodestar.internal.lock.risk-model." + created.id();

    List<StoreResult<ScoringModel>> results =
        Races.race(
            ao,
            () -> lockService.hasWaiters(lock),
            () -> target.update(rename(created, "First"), 1),
            () -> target.delete(created.id(), 1));

    assertThat(results.get(1)).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.find(created.id())).isPresent();
  }

  @Test
  public void update_shouldFailFastAndChangeNothing_whenTheLockIsHeldElsewhere() throws Exception {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    String lock = "lodestar.internal.lock.risk-model." + created.id();
    Thread otherNode = Races.holdLock(lockService, lock);
    AoScoringModelStore impatient =
        new AoScoringModelStore(
            ao,
            transactions,
            new ClusterWriteLocks(lockService, transactions, Duration.ofMillis(50)),
            cacheManager);

    try {
      long start = System.nanoTime();
      assertThatThrownBy(() -> impatient.update(rename(created, "Blocked"), 1))
          .isInstanceOf(WriteLockUnavailableException.class)
          .hasMessageContaining(lock);
      assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
    } finally {
      otherNode.interrupt();
      otherNode.join();
    }
    assertThat(target.find(created.id())).contains(created);
  }

  @Test
  public void update_shouldReleaseTheLock_whenDone() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());

    target.update(rename(created, "Renamed"), 1);

    String lock = "lodestar.internal.lock.risk-model." + created.id();
    assertThat(lockService.requested()).containsExactly(lock);
    assertThat(lockService.isLocked(lock)).isFalse();
  }

  @Test
  public void update_shouldHoldTheLockUntilTheCallersTransactionEnds() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    String lock = "lodestar.internal.lock.risk-model." + created.id();

    boolean heldInside =
        transactions.inTransaction(
            () -> {
              target.update(rename(created, "Renamed"), 1);
              return lockService.isLocked(lock);
            });

    assertThat(heldInside).isTrue();
    assertThat(lockService.isLocked(lock)).isFalse();
  }

  @Test
  public void find_shouldReadTheDatabaseOnce_whenTheSameModelIsReadTwice() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    target.find(created.id());
    int reads = ao.reads();

    assertThat(target.find(created.id())).contains(created);

    assertThat(ao.reads()).isEqualTo(reads);
  }

  @Test
  public void find_shouldCacheAnAbsence_whenThereIsNoSuchModel() {
    target.find(42);
    int reads = ao.reads();

    assertThat(target.find(42)).isEmpty();

    assertThat(ao.reads()).isEqualTo(reads);
  }

  @Test
  public void find_shouldReturnTheNewModel_whenItWasCachedAsAbsentBeforeItWasCreated() {
    target.find(1);

    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());

    assertThat(created.id()).isEqualTo(1);
    assertThat(target.find(1)).contains(created);
  }

  @Test
  public void find_shouldReturnTheUpdatedModel_whenAnUpdateFollowsACachedRead() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    target.find(created.id());

    target.update(rename(created, "Renamed"), 1);

    assertThat(target.find(created.id()).orElseThrow().name()).isEqualTo("Renamed");
  }

  @Test
  public void find_shouldBeEmpty_whenADeleteFollowsACachedRead() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    target.find(created.id());

    target.delete(created.id(), 1);

    assertThat(target.find(created.id())).isEmpty();
  }

  @Test
  public void find_shouldReadTheDatabase_whenInsideATransaction() {
    ScoringModel created = target.create(ScoringModels.pmbokWithCritical());
    target.find(created.id());
    int reads = ao.reads();

    transactions.inTransaction(() -> target.find(created.id()));

    assertThat(ao.reads()).isEqualTo(reads + 1);
  }

  @Test
  public void find_shouldKeepFailingClearly_whenACorruptRowIsCached() {
    int id = ao.insertRaw(ScoringModelEntity.class, corruptRow());
    assertThatThrownBy(() -> target.find(id)).isInstanceOf(StoredDataException.class);
    int reads = ao.reads();

    assertThatThrownBy(() -> target.find(id))
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("scoring model " + id);
    assertThat(ao.reads()).isEqualTo(reads);
  }

  @Test
  public void find_shouldUseAClusterCacheReplicatedByInvalidation() {
    target.find(1);

    com.atlassian.cache.CacheSettings settings =
        cacheManager.settingsOf("lodestar.internal.cache.risk-model");
    assertThat(settings.getReplicateViaCopy()).isFalse();
    assertThat(settings.getLocal()).isFalse();
    assertThat(settings.getExpireAfterWrite()).isEqualTo(Duration.ofMinutes(30).toMillis());
  }

  private static Map<String, Object> corruptRow() {
    return Map.of(
        ScoringModelEntity.NAME, "Broken",
        ScoringModelEntity.KIND, "FORMULA",
        ScoringModelEntity.FORMAT_VERSION, 1,
        ScoringModelEntity.DEFINITION, "probability.count=banana\n",
        ScoringModelEntity.VERSION, 1L);
  }

  /** The same model under another name, built the way the admin page builds models. */
  private static ScoringModel rename(ScoringModel model, String name) {
    ScoringModelDraft d = ScoringModelDraft.of(model);
    return new ScoringModelDraft(
            d.id(),
            name,
            d.version(),
            d.kind(),
            d.probabilityScale(),
            d.impactScale(),
            d.detectabilityScale(),
            d.bands(),
            d.bandingMode(),
            d.cellBands(),
            d.cellScores())
        .toModel()
        .orElseThrow();
  }
}
