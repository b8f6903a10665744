package io.lodestar.pmo.jira.risk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.StoredDataException;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class AoScoringModelStoreTest {

  private InMemoryActiveObjects ao;
  private AoScoringModelStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    target = new AoScoringModelStore(ao);
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
        .hasMessageContaining("RISK_MODEL row " + id);
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
