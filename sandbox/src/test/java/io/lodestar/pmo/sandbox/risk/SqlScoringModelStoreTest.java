package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqlScoringModelStoreTest {

  private final SandboxStore store = TestData.newStore();
  private final SqlScoringModelStore target = new SqlScoringModelStore(store);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void create_shouldRoundTripTheModel_withFreshIdAndVersion1() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());

    assertThat(created.id()).isPositive();
    assertThat(created.version()).isEqualTo(1);
    assertThat(target.find(created.id())).contains(created);
    assertThat(target.list()).containsExactly(created);
  }

  @Test
  void update_shouldIncrementTheVersion_whenTheExpectedVersionIsCurrent() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());

    StoreResult<ScoringModel> result = target.update(created, 1);

    assertThat(result).isInstanceOf(StoreResult.Stored.class);
    assertThat(target.find(created.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void update_shouldReportAConflictAndWriteNothing_whenTheVersionIsStale() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());
    target.update(created, 1);

    StoreResult<ScoringModel> result = target.update(created, 1);

    assertThat(result).isEqualTo(StoreResult.conflict(1, 2));
    assertThat(target.find(created.id()).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void update_shouldReportMissing_whenThereIsNoSuchModel() {
    ScoringModel ghost = FormulaModel.pmbokDefault().withIdentity(999, 1);

    assertThat(target.update(ghost, 1)).isInstanceOf(StoreResult.Missing.class);
  }

  @Test
  void delete_shouldReportAConflictAndKeepTheModel_whenTheVersionIsStale() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());

    assertThat(target.delete(created.id(), 7)).isEqualTo(StoreResult.conflict(7, 1));
    assertThat(target.find(created.id())).isPresent();
  }

  @Test
  void delete_shouldRemoveTheModel_whenTheVersionIsCurrent() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());

    assertThat(target.delete(created.id(), 1)).isEqualTo(StoreResult.stored(created));
    assertThat(target.find(created.id())).isEmpty();
  }

  @Test
  void find_shouldReturnTheSameParsedModel_whenTheRowIsUnchanged() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());

    ScoringModel first = target.find(created.id()).orElseThrow();

    assertThat(target.find(created.id()).orElseThrow()).isSameAs(first);
  }

  @Test
  void find_shouldReturnTheNewModel_whenAnotherStoreUpdatedItAfterARead() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());
    target.find(created.id()).orElseThrow();
    FormulaModel pmbok = FormulaModel.pmbokDefault();
    ScoringModel renamed =
        FormulaModel.of(
                "Renamed elsewhere", pmbok.probabilityScale(), pmbok.impactScale(), pmbok.banding())
            .withIdentity(created.id(), 1);
    new SqlScoringModelStore(store).update(renamed, 1);

    ScoringModel found = target.find(created.id()).orElseThrow();

    assertThat(found.name()).isEqualTo("Renamed elsewhere");
    assertThat(found.version()).isEqualTo(2);
  }

  @Test
  void find_shouldReadTheRowAnew_whenAColumnChangedWithoutANewVersion() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());
    target.find(created.id()).orElseThrow();
    TestData.exec(
        store, "UPDATE risk_model SET name = 'Changed in place' WHERE id = ?", created.id());

    ScoringModel found = target.find(created.id()).orElseThrow();

    assertThat(found.name()).isEqualTo("Changed in place");
    assertThat(found.version()).isEqualTo(1);
  }

  @Test
  void find_shouldReturnTheNewDefinition_whenAnotherStoreChangedOnlyTheDefinition() {
    ScoringModel created = target.create(FormulaModel.pmbokDefault());
    target.find(created.id()).orElseThrow();
    FormulaModel pmbok = FormulaModel.pmbokDefault();
    FormulaModel stricter =
        FormulaModel.of(
            pmbok.name(),
            pmbok.probabilityScale(),
            pmbok.impactScale(),
            io.lodestar.pmo.engine.risk.scoring.ThresholdBanding.of(
                io.lodestar.pmo.engine.risk.scoring.Bands.lowMediumHigh(), "0", "0.02", "0.10"));
    new SqlScoringModelStore(store).update(stricter.withIdentity(created.id(), 1), 1);

    ScoringModel found = target.find(created.id()).orElseThrow();

    assertThat(found.version()).isEqualTo(2);
    assertThat(((FormulaModel) found).banding()).isEqualTo(stricter.banding());
    assertThat(((FormulaModel) found).banding()).isNotEqualTo(pmbok.banding());
  }
}
