package io.lodestar.pmo.engine.risk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMappingLimits;
import io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RiskSettingsServiceTest {

  final InMemoryPorts.Models models = new InMemoryPorts.Models();
  final InMemoryPorts.Settings store = new InMemoryPorts.Settings();
  final InMemoryPorts.Audit audit = new InMemoryPorts.Audit();
  final InMemoryPorts.RollbackTransactions transactions =
      new InMemoryPorts.RollbackTransactions(models, store, audit);
  final RiskSettingsService target =
      new RiskSettingsService(
          store,
          models,
          audit,
          transactions,
          Clock.fixed(Instant.parse("2025-03-10T09:00:00Z"), ZoneOffset.UTC));
  final ScoringModel pmbok = models.create(FormulaModel.pmbokDefault());
  final RiskFieldMapping mapping =
      RiskFieldMapping.builder().riskIssueTypeIds(Set.of("10200", "10100")).build();

  @Test
  void firstSave_createsVersionOneAndAudits() {
    Versioned<RiskProjectSettings> saved =
        target
            .save(
                "admin",
                "ABC",
                RiskProjectSettings.of(pmbok.id(), mapping, "medium"),
                Versioned.NEW)
            .orElseThrow();
    assertThat(saved.version()).isEqualTo(1);
    assertThat(audit.entries)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.targetId()).isEqualTo("ABC");
              assertThat(e.before()).isNull();
              assertThat(e.after()).contains("appetiteBandKey=medium").contains("[10100, 10200]");
            });
  }

  @Test
  void saveWithAStaleVersion_isAConflict() {
    RiskProjectSettings s = RiskProjectSettings.of(pmbok.id(), mapping, null);
    target.save("admin", "ABC", s, Versioned.NEW).orElseThrow();
    assertThat(target.save("admin", "ABC", s, Versioned.NEW)).isEqualTo(Outcome.conflict(0, 1));
    RiskProjectSettings changed = RiskProjectSettings.of(pmbok.id(), mapping, "high");
    assertThat(target.save("admin", "ABC", changed, 1).orElseThrow().version()).isEqualTo(2);
    assertThat(audit.entries.get(1).before()).isNotNull();
  }

  @Test
  void unknownModelOrAppetiteBand_isInvalid() {
    assertThat(target.save("admin", "ABC", RiskProjectSettings.of(99, mapping, null), 0))
        .isEqualTo(Outcome.invalid(Violation.of("modelId", RiskMessageKeys.MODEL_NOT_FOUND, 99L)));
    assertThat(
            target.save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), mapping, "extreme"), 0))
        .isEqualTo(
            Outcome.invalid(
                Violation.of("appetiteBandKey", RiskMessageKeys.APPETITE_UNKNOWN_BAND, "extreme")));
    assertThat(target.save("admin", " ", RiskProjectSettings.of(pmbok.id(), mapping, null), 0))
        .isInstanceOf(Outcome.Invalid.class);
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void mappingWithoutRiskIssueTypes_isInvalidNamingTheFieldAndSavesNothing() {
    RiskFieldMapping none = RiskFieldMapping.builder().build();

    Outcome<Versioned<RiskProjectSettings>> outcome =
        target.save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), none, null), 0);

    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    "mapping.riskIssueTypeIds", RiskMessageKeys.RISK_ISSUE_TYPES_REQUIRED)));
    assertThat(store.find("ABC")).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void save_shouldBeInvalidNamingTheField_whenAFieldIdIsLongerThanTheLimit() {
    // given an owner field id of 256 characters and a cost field of 2 MB
    String tooLong = "f".repeat(RiskFieldMappingLimits.MAX_ID_LENGTH + 1);
    RiskFieldMapping huge =
        mapping.toBuilder()
            .ownerFieldId(tooLong)
            .cost(ThreePointFieldIds.of("a", "b", "c".repeat(2_000_000)))
            .inherent(new RatingFieldIds("p", Map.of(ImpactDimension.SCOPE, tooLong), null))
            .build();

    // when
    Outcome<Versioned<RiskProjectSettings>> outcome =
        target.save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), huge, null), 0);

    // then
    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(
                List.of(
                    Violation.of(
                        "mapping.inherent.impactFieldIds.scope", RiskMessageKeys.ID_TOO_LONG, 255),
                    Violation.of("mapping.ownerFieldId", RiskMessageKeys.ID_TOO_LONG, 255),
                    Violation.of("mapping.cost.maxFieldId", RiskMessageKeys.ID_TOO_LONG, 255))));
    assertThat(store.find("ABC")).isEmpty();
    assertThat(audit.entries).isEmpty();
  }

  @Test
  void save_shouldAcceptIds_whenExactlyAtTheLimit() {
    // given
    RiskFieldMapping atLimit =
        mapping.toBuilder()
            .ownerFieldId("f".repeat(RiskFieldMappingLimits.MAX_ID_LENGTH))
            .riskIssueTypeIds(Set.of("t".repeat(RiskFieldMappingLimits.MAX_ID_LENGTH)))
            .build();

    // when / then
    assertThat(
            target
                .save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), atLimit, null), 0)
                .orElseThrow()
                .version())
        .isEqualTo(1);
  }

  @Test
  void save_shouldBeInvalid_whenARiskIssueTypeIdIsTooLongOrThereAreTooMany() {
    // given
    RiskFieldMapping longType =
        mapping.toBuilder().riskIssueTypeIds(Set.of("10100", "9".repeat(256))).build();
    Set<String> many = new HashSet<>();
    for (int i = 0; i <= RiskFieldMappingLimits.MAX_RISK_ISSUE_TYPES; i++) {
      many.add(Integer.toString(10_000 + i));
    }
    RiskFieldMapping manyTypes = mapping.toBuilder().riskIssueTypeIds(many).build();

    // when / then
    assertThat(target.save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), longType, null), 0))
        .isEqualTo(
            Outcome.invalid(
                Violation.of("mapping.riskIssueTypeIds", RiskMessageKeys.ID_TOO_LONG, 255)));
    assertThat(target.saveDefault("admin", RiskProjectSettings.of(pmbok.id(), manyTypes, null), 0))
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    "mapping.riskIssueTypeIds", RiskMessageKeys.TOO_MANY_RISK_ISSUE_TYPES, 100)));
    assertThat(store.findDefault()).isEmpty();
  }

  @Test
  void portfolioDefaultWithoutRiskIssueTypes_isInvalid() {
    RiskFieldMapping none = RiskFieldMapping.builder().build();

    assertThat(target.saveDefault("admin", RiskProjectSettings.of(pmbok.id(), none, null), 0))
        .isInstanceOf(Outcome.Invalid.class);
    assertThat(store.findDefault()).isEmpty();
  }

  @Test
  void portfolioDefault_isSavedAndAuditedUnderStar() {
    target
        .saveDefault("admin", RiskProjectSettings.of(pmbok.id(), mapping, "high"), 0)
        .orElseThrow();
    assertThat(store.effective("ANY")).isPresent();
    assertThat(audit.entries.get(0).targetId()).isEqualTo("*");
  }

  @Test
  void updatingSettingsThatDoNotExist_isNotFound() {
    assertThat(target.save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), mapping, null), 3))
        .isInstanceOf(Outcome.NotFound.class);
  }

  @Test
  void save_isRolledBack_whenTheAuditWriteFails() {
    audit.failing = true;
    RiskProjectSettings s = RiskProjectSettings.of(pmbok.id(), mapping, null);

    assertThatThrownBy(() -> target.save("admin", "ABC", s, Versioned.NEW))
        .isInstanceOf(IllegalStateException.class);

    assertThat(store.find("ABC")).isEmpty();
  }

  @Test
  void saveDefault_keepsThePreviousDefault_whenTheAuditWriteFails() {
    RiskProjectSettings first = RiskProjectSettings.of(pmbok.id(), mapping, null);
    target.saveDefault("admin", first, Versioned.NEW).orElseThrow();
    audit.failing = true;

    assertThatThrownBy(
            () ->
                target.saveDefault("admin", RiskProjectSettings.of(pmbok.id(), mapping, "high"), 1))
        .isInstanceOf(IllegalStateException.class);

    assertThat(store.findDefault()).contains(Versioned.of(first, 1));
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void save_runsTheModelCheckTheSaveAndTheAuditInOneTransaction() {
    target
        .save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), mapping, null), Versioned.NEW)
        .orElseThrow();

    assertThat(transactions.opened).isEqualTo(1);
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void save_shouldChangeNothingAndAnswerTheStoredSettings_whenTheContentIsUnchanged() {
    // given
    RiskProjectSettings s = RiskProjectSettings.of(pmbok.id(), mapping, "medium");
    Versioned<RiskProjectSettings> first =
        target.save("admin", "ABC", s, Versioned.NEW).orElseThrow();

    // when
    Outcome<Versioned<RiskProjectSettings>> again =
        target.save("other", "ABC", RiskProjectSettings.of(pmbok.id(), mapping, "medium"), 1);

    // then
    assertThat(again).isEqualTo(Outcome.ok(first));
    assertThat(store.find("ABC").orElseThrow().version()).isEqualTo(1);
    assertThat(audit.entries).hasSize(1);
  }

  @Test
  void save_shouldStillBeAConflict_whenTheContentIsUnchangedButTheVersionIsStale() {
    RiskProjectSettings s = RiskProjectSettings.of(pmbok.id(), mapping, null);
    target.save("admin", "ABC", s, Versioned.NEW).orElseThrow();
    target.save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), mapping, "low"), 1);

    assertThat(target.save("admin", "ABC", RiskProjectSettings.of(pmbok.id(), mapping, "low"), 1))
        .isEqualTo(Outcome.conflict(1, 2));
    assertThat(audit.entries).hasSize(2);
  }

  @Test
  void saveDefault_shouldChangeNothing_whenTheContentIsUnchanged() {
    RiskProjectSettings s = RiskProjectSettings.of(pmbok.id(), mapping, "medium");
    Versioned<RiskProjectSettings> first =
        target.saveDefault("admin", s, Versioned.NEW).orElseThrow();

    assertThat(target.saveDefault("admin", s, 1)).isEqualTo(Outcome.ok(first));
    assertThat(store.findDefault().orElseThrow().version()).isEqualTo(1);
    assertThat(audit.entries).hasSize(1);
  }
}
