package io.lodestar.pmo.engine.risk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.scoring.Bands;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft;
import io.lodestar.pmo.engine.risk.scoring.ThresholdBanding;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ScoringModelServiceTest {

  static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");

  final InMemoryPorts.Models models = new InMemoryPorts.Models();
  final InMemoryPorts.Settings settings = new InMemoryPorts.Settings();
  final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
  final InMemoryPorts.RollbackTransactions transactions =
      new InMemoryPorts.RollbackTransactions(models, settings, audit);
  final ScoringModelService target =
      new ScoringModelService(
          models, settings, audit, transactions, Clock.fixed(NOW, ZoneOffset.UTC));

  static ScoringModelDraft pmbokDraft() {
    return ScoringModelDraft.of(FormulaModel.pmbokDefault());
  }

  static ScoringModelDraft threeBandsAsCritical(ScoringModel model) {
    FormulaModel changed =
        new FormulaModel(
            model.id(),
            "Renamed",
            model.version(),
            model.probabilityScale(),
            model.impactScale(),
            ThresholdBanding.of(
                io.lodestar.pmo.engine.risk.scoring.Bands.of(
                    io.lodestar.pmo.engine.risk.scoring.Band.of("low", "Low", "#36B37E", 1),
                    io.lodestar.pmo.engine.risk.scoring.Band.of("medium", "Medium", "#FFAB00", 2),
                    io.lodestar.pmo.engine.risk.scoring.Band.of(
                        "critical", "Critical", "#7A0000", 3)),
                "0",
                "0.05",
                "0.18"));
    return ScoringModelDraft.of(changed);
  }

  @Test
  void createdModel_getsAnIdVersionOneAndAnAuditEntry() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();

    assertThat(created.id()).isPositive();
    assertThat(created.version()).isEqualTo(1);
    AuditEntry entry = audit.entries.get(0);
    assertThat(entry.actorKey()).isEqualTo("admin");
    assertThat(entry.action()).isEqualTo(RiskMessageKeys.AUDIT_MODEL_CREATED);
    assertThat(entry.targetType()).isEqualTo("risk.scoringModel");
    assertThat(entry.targetId()).isEqualTo(Long.toString(created.id()));
    assertThat(entry.before()).isNull();
    assertThat(entry.after()).contains("kind=FORMULA").contains("Very low:0.1");
    assertThat(entry.at()).isEqualTo(NOW);
  }

  @Test
  void invalidDraft_isRefusedAndNothingIsStoredOrAudited() {
    ScoringModelDraft d = pmbokDraft();
    ScoringModelDraft bad =
        new ScoringModelDraft(
            0,
            "",
            0,
            d.kind(),
            d.probabilityScale(),
            d.impactScale(),
            null,
            d.bands(),
            d.bandingMode(),
            null,
            null);
    Outcome<ScoringModel> outcome = target.create("admin", bad);
    assertThat(outcome).isEqualTo(Outcome.invalid(Violation.of("name", RiskMessageKeys.REQUIRED)));
    assertThat(models.list()).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void updateAtTheCurrentVersion_storesTheNextVersionAndAuditsBeforeAndAfter() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    ScoringModelDraft edit = threeBandsAsCritical(created);

    ScoringModel updated = target.update("admin", created.id(), edit).orElseThrow();

    assertThat(updated.version()).isEqualTo(2);
    assertThat(updated.name()).isEqualTo("Renamed");
    AuditEntry entry = audit.entries.get(1);
    assertThat(entry.action()).isEqualTo(RiskMessageKeys.AUDIT_MODEL_UPDATED);
    assertThat(entry.before()).contains("name=PMBOK");
    assertThat(entry.after()).contains("name=Renamed").contains("critical");
  }

  @Test
  void updateWithAStaleVersion_isAConflict() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    target.update("admin", created.id(), threeBandsAsCritical(created)).orElseThrow();

    Outcome<ScoringModel> stale = target.update("bob", created.id(), ScoringModelDraft.of(created));

    assertThat(stale).isEqualTo(Outcome.conflict(1, 2));
    assertThat(audit.entries).hasSize(2);
  }

  @Test
  void updateOfAMissingModel_isNotFound() {
    assertThat(target.update("admin", 42, pmbokDraft()))
        .isEqualTo(Outcome.notFound(RiskMessageKeys.MODEL_NOT_FOUND, 42L));
  }

  @Test
  void updateWithAnotherIdInTheDraft_isInvalid() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    assertThat(target.update("admin", created.id() + 1, ScoringModelDraft.of(created)))
        .isInstanceOf(Outcome.Invalid.class);
  }

  @Test
  void updateDroppingABandUsedAsAppetite_isRefused() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    settings.put(
        "ABC", RiskProjectSettings.of(created.id(), RiskFieldMapping.builder().build(), "high"));

    Outcome<ScoringModel> outcome =
        target.update("admin", created.id(), threeBandsAsCritical(created));

    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(Violation.of("bands", RiskMessageKeys.APPETITE_UNKNOWN_BAND, "high")));
  }

  @Test
  void deletingAModelInUse_isRefusedWithTheProjects() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    settings.put(
        "ABC", RiskProjectSettings.of(created.id(), RiskFieldMapping.builder().build(), null));
    settings.defaults =
        Versioned.of(
            RiskProjectSettings.of(created.id(), RiskFieldMapping.builder().build(), null), 1);

    assertThat(target.delete("admin", created.id(), 1))
        .isEqualTo(Outcome.invalid(Violation.of("", RiskMessageKeys.MODEL_IN_USE, "*,ABC")));
    assertThat(models.find(created.id())).isPresent();
  }

  @Test
  void deletingAnUnusedModel_removesItAndAudits() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    assertThat(target.delete("admin", created.id(), 1).orElseThrow().id()).isEqualTo(created.id());
    assertThat(target.find(created.id())).isInstanceOf(Outcome.NotFound.class);
    assertThat(audit.entries.get(1).action()).isEqualTo(RiskMessageKeys.AUDIT_MODEL_DELETED);
    assertThat(audit.entries.get(1).after()).isNull();
    assertThat(target.delete("admin", created.id(), 1)).isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void deletingWithAStaleVersion_isAConflict() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    assertThat(target.delete("admin", created.id(), 7)).isEqualTo(Outcome.conflict(7, 1));
  }

  @Test
  void preview_ofAValidDraftIsTheMatrixAndOfAnInvalidDraftTheViolations() {
    ModelPreview preview = target.preview(pmbokDraft()).orElseThrow();
    assertThat(preview.cell(4, 1).score()).isEqualByComparingTo("0.04");
    ScoringModelDraft d = pmbokDraft();
    ScoringModelDraft broken =
        new ScoringModelDraft(
            0,
            "x",
            0,
            d.kind(),
            ScoringModelDraft.ScaleDraft.of(Scale.ordinal(3)),
            null,
            null,
            d.bands(),
            d.bandingMode(),
            null,
            null);
    assertThat(target.preview(broken))
        .isEqualTo(Outcome.invalid(Violation.of("impactScale", RiskMessageKeys.REQUIRED)));
    assertThat(models.list()).isEmpty();
  }

  @Test
  void list_returnsTheStoredModels() {
    target.create("admin", pmbokDraft());
    target.create(
        "admin", ScoringModelDraft.of(io.lodestar.pmo.engine.risk.scoring.RpnModel.fmeaDefault()));
    assertThat(target.list())
        .extracting(ScoringModel::name)
        .containsExactly("FMEA RPN 1–10", "PMBOK 5×5");
    assertThat(Bands.lowMediumHigh().size()).isEqualTo(3);
  }

  @Test
  void create_isRolledBack_whenTheAuditWriteFails() {
    audit.failing = true;

    assertThatThrownBy(() -> target.create("admin", pmbokDraft()))
        .isInstanceOf(IllegalStateException.class);

    assertThat(models.list()).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void update_isRolledBack_whenTheAuditWriteFails() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    audit.failing = true;

    assertThatThrownBy(() -> target.update("admin", created.id(), threeBandsAsCritical(created)))
        .isInstanceOf(IllegalStateException.class);

    assertThat(models.find(created.id()).orElseThrow()).isEqualTo(created);
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void delete_isRolledBack_whenTheAuditWriteFails() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    audit.failing = true;

    assertThatThrownBy(() -> target.delete("admin", created.id(), 1))
        .isInstanceOf(IllegalStateException.class);

    assertThat(models.find(created.id())).contains(created);
  }

  @Test
  void delete_checksUseAndDeletesInOneTransaction() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    int before = transactions.opened;

    target.delete("admin", created.id(), 1).orElseThrow();

    assertThat(transactions.opened - before).isEqualTo(1);
  }

  @Test
  void writesCalledInsideAnOuterTransaction_joinIt() {
    transactions.inTransaction(
        () -> {
          target.create("admin", pmbokDraft()).orElseThrow();
          assertThat(transactions.depth).isEqualTo(1);
          return null;
        });

    assertThat(transactions.opened).isEqualTo(1);
    assertThat(models.list()).hasSize(1);
  }

  @Test
  void update_shouldChangeNothingAndAnswerTheStoredModel_whenTheDraftIsUnchanged() {
    // given
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();

    // when
    Outcome<ScoringModel> outcome =
        target.update("admin", created.id(), ScoringModelDraft.of(created));

    // then
    assertThat(outcome).isEqualTo(Outcome.ok(created));
    assertThat(models.find(created.id()).orElseThrow().version()).isEqualTo(1);
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void update_shouldStillStoreAndAudit_whenOnlyTheNameChanges() {
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    ScoringModelDraft d = ScoringModelDraft.of(created);
    FormulaModel renamed =
        new FormulaModel(
            created.id(),
            "PMBOK renamed",
            created.version(),
            created.probabilityScale(),
            created.impactScale(),
            created.banding());

    ScoringModel updated =
        target.update("admin", created.id(), ScoringModelDraft.of(renamed)).orElseThrow();

    assertThat(d.name()).isNotEqualTo("PMBOK renamed");
    assertThat(updated.version()).isEqualTo(2);
    assertThat(audit.entries).hasSize(2);
  }

  @Test
  void update_shouldChangeNothing_whenTheDraftOnlySpellsNumbersAndColoursDifferently() {
    // given: the stored PMBOK model has values such as 0.10 and colours such as #36B37E
    ScoringModel created = target.create("admin", pmbokDraft()).orElseThrow();
    ThresholdBanding banding = (ThresholdBanding) created.banding();
    FormulaModel respelled =
        new FormulaModel(
            created.id(),
            created.name(),
            created.version(),
            respell(created.probabilityScale()),
            respell(created.impactScale()),
            new ThresholdBanding(
                Bands.of(
                    banding.bands().bands().stream()
                        .map(
                            b ->
                                io.lodestar.pmo.engine.risk.scoring.Band.of(
                                    b.key(),
                                    b.label(),
                                    b.colour().toLowerCase(java.util.Locale.ROOT),
                                    b.rank()))
                        .toArray(io.lodestar.pmo.engine.risk.scoring.Band[]::new)),
                banding.lowerThresholds().stream().map(v -> v.setScale(4)).toList()));
    assertThat(respelled).isNotEqualTo(created);

    // when
    Outcome<ScoringModel> outcome =
        target.update("admin", created.id(), ScoringModelDraft.of(respelled));

    // then
    assertThat(outcome).isEqualTo(Outcome.ok(created));
    assertThat(audit.entries).hasSize(1);
  }

  private static Scale respell(Scale scale) {
    return Scale.of(
        scale.levels().stream()
            .map(
                l ->
                    new io.lodestar.pmo.engine.risk.scoring.ScaleLevel(
                        l.rank(), l.label(), l.value().stripTrailingZeros()))
            .toList());
  }
}
