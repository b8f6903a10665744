package io.lodestar.pmo.engine.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.BandDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.LevelDraft;
import io.lodestar.pmo.engine.risk.scoring.ScoringModelDraft.ScaleDraft;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringModelDraftTest {

  static ScoringModelDraft pmbokDraft() {
    return ScoringModelDraft.of(FormulaModel.pmbokDefault());
  }

  static ScaleDraft scale(String... labelValuePairs) {
    List<LevelDraft> levels = new ArrayList<>();
    for (int i = 0; i < labelValuePairs.length; i += 2) {
      levels.add(
          new LevelDraft(
              labelValuePairs[i],
              labelValuePairs[i + 1] == null ? null : new BigDecimal(labelValuePairs[i + 1])));
    }
    return new ScaleDraft(levels);
  }

  static ScoringModelDraft withImpact(ScoringModelDraft d, ScaleDraft impact) {
    return new ScoringModelDraft(
        d.id(),
        d.name(),
        d.version(),
        d.kind(),
        d.probabilityScale(),
        impact,
        d.detectabilityScale(),
        d.bands(),
        d.bandingMode(),
        d.cellBands(),
        d.cellScores());
  }

  static ScoringModelDraft withBands(ScoringModelDraft d, List<BandDraft> bands) {
    return new ScoringModelDraft(
        d.id(),
        d.name(),
        d.version(),
        d.kind(),
        d.probabilityScale(),
        d.impactScale(),
        d.detectabilityScale(),
        bands,
        d.bandingMode(),
        d.cellBands(),
        d.cellScores());
  }

  static ScoringModelDraft withKindAndBanding(
      ScoringModelDraft d, ModelKind kind, BandingMode mode, List<List<String>> cells) {
    return new ScoringModelDraft(
        d.id(),
        d.name(),
        d.version(),
        kind,
        d.probabilityScale(),
        d.impactScale(),
        d.detectabilityScale(),
        d.bands(),
        mode,
        cells,
        d.cellScores());
  }

  @Test
  void pmbokDraft_buildsThePmbokModel() {
    Outcome<ScoringModel> built = pmbokDraft().toModel();
    assertThat(built.orElseThrow()).isEqualTo(FormulaModel.pmbokDefault());
  }

  @Test
  void roundTripOfEveryKind_givesTheSameModel() {
    List<ScoringModel> models =
        List.of(
            FormulaModel.pmbokDefault().withIdentity(4, 2),
            RpnModel.fmeaDefault(),
            LookupModel.of(
                "l",
                Scale.lowMediumHigh(),
                Scale.lowMediumHigh(),
                CellBanding.of(
                    Bands.lowMediumHigh(),
                    List.of(
                        List.of("low", "low", "medium"),
                        List.of("low", "medium", "high"),
                        List.of("medium", "high", "high")))));
    for (ScoringModel model : models) {
      assertThat(ScoringModelDraft.of(model).validate()).isEmpty();
      assertThat(ScoringModelDraft.of(model).toModel().orElseThrow()).isEqualTo(model);
    }
  }

  @Test
  void impactValuesNotAscending_pointAtTheOffendingLevel() {
    ScoringModelDraft draft =
        withImpact(
            pmbokDraft(), scale("VL", "0.05", "L", "0.10", "M", "0.10", "H", "0.40", "VH", "0.80"));
    assertThat(draft.validate())
        .containsExactly(
            Violation.of(
                "impactScale.levels[2].value",
                "lodestar.risk.model.error.scale.notAscending",
                new BigDecimal("0.10"),
                new BigDecimal("0.10")));
    assertThat(draft.toModel()).isInstanceOf(Outcome.Invalid.class);
  }

  @Test
  void duplicateLabelAndMissingValue_areBothReported() {
    ScoringModelDraft draft = withImpact(pmbokDraft(), scale("Low", "1", "low", "2", "High", null));
    assertThat(draft.validate())
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "impactScale.levels[1].label", "lodestar.risk.model.error.scale.duplicateLabel"),
            org.assertj.core.groups.Tuple.tuple(
                "impactScale.levels[2].value", "lodestar.risk.model.error.required"));
  }

  @Test
  void scaleOfTwoLevels_isTooSmall() {
    ScoringModelDraft draft = withImpact(pmbokDraft(), scale("Low", "1", "High", "2"));
    assertThat(draft.validate())
        .containsExactly(
            Violation.of("impactScale.levels", "lodestar.risk.model.error.scale.size", 3, 10, 2));
  }

  @Test
  void missingEverything_isReportedFieldByFieldWithoutThrowing() {
    ScoringModelDraft empty =
        new ScoringModelDraft(-1, null, -2, null, null, null, null, null, null, null, null);
    assertThat(empty.validate())
        .extracting(Violation::field)
        .containsExactly(
            "id",
            "name",
            "version",
            "kind",
            "probabilityScale",
            "impactScale",
            "bands",
            "bandingMode");
  }

  @Test
  void badBands_reportKeyFormatDuplicateColourAndThresholdOrder() {
    List<BandDraft> bands =
        List.of(
            new BandDraft("low", "Low", "#36B37E", new BigDecimal("0")),
            new BandDraft("low", "Again", "#FFAB00", new BigDecimal("0.05")),
            new BandDraft("bad key", "High", "red", new BigDecimal("0.01")));
    assertThat(withBands(pmbokDraft(), bands).validate())
        .extracting(Violation::field, Violation::messageKey)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "bands[1].key", "lodestar.risk.model.error.band.duplicateKey"),
            org.assertj.core.groups.Tuple.tuple(
                "bands[2].key", "lodestar.risk.model.error.band.keyFormat"),
            org.assertj.core.groups.Tuple.tuple(
                "bands[2].colour", "lodestar.risk.model.error.band.colourFormat"),
            org.assertj.core.groups.Tuple.tuple(
                "bands[2].lowerThreshold", "lodestar.risk.model.error.band.thresholdNotAscending"));
  }

  @Test
  void lookupModel_mustBandByCell() {
    ScoringModelDraft draft =
        withKindAndBanding(pmbokDraft(), ModelKind.LOOKUP, BandingMode.THRESHOLDS, null);
    assertThat(draft.validate())
        .containsExactly(
            Violation.of(
                "bandingMode",
                "lodestar.risk.model.error.banding.modeNotAllowed",
                "LOOKUP",
                "THRESHOLDS"));
  }

  @Test
  void rpnModel_needsADetectabilityScaleAndThresholds() {
    ScoringModelDraft draft =
        withKindAndBanding(pmbokDraft(), ModelKind.RPN, BandingMode.THRESHOLDS, null);
    assertThat(draft.validate())
        .containsExactly(Violation.of("detectabilityScale", "lodestar.risk.model.error.required"));
  }

  @Test
  void detectabilityOnAFormulaModel_isNotUsed() {
    ScoringModelDraft d = pmbokDraft();
    ScoringModelDraft draft =
        new ScoringModelDraft(
            0,
            "x",
            0,
            ModelKind.FORMULA,
            d.probabilityScale(),
            d.impactScale(),
            ScaleDraft.of(Scale.ordinal(3)),
            d.bands(),
            d.bandingMode(),
            null,
            null);
    assertThat(draft.validate())
        .containsExactly(
            Violation.of(
                "detectabilityScale", "lodestar.risk.model.error.scale.notUsed", "FORMULA"));
  }

  @Test
  void cellMatrixOfTheWrongSize_reportsTheExpectedDimensions() {
    ScoringModelDraft draft =
        withKindAndBanding(
            pmbokDraft(),
            ModelKind.LOOKUP,
            BandingMode.CELLS,
            List.of(List.of("low", "low"), List.of("low", "low")));
    assertThat(draft.validate())
        .containsExactly(
            Violation.of("cellBands", "lodestar.risk.model.error.cells.dimensions", 5, 5));
  }

  @Test
  void cellNamingAnUnknownBandOrNothing_isReportedAtTheCell() {
    List<List<String>> cells = new ArrayList<>();
    for (int r = 0; r < 5; r++) {
      cells.add(new ArrayList<>(List.of("low", "low", "low", "low", "low")));
    }
    cells.get(4).set(4, "extreme");
    cells.get(0).set(1, null);
    ScoringModelDraft draft =
        withKindAndBanding(pmbokDraft(), ModelKind.LOOKUP, BandingMode.CELLS, cells);
    assertThat(draft.validate())
        .containsExactly(
            Violation.of("cellBands[0][1]", "lodestar.risk.model.error.required"),
            Violation.of(
                "cellBands[4][4]", "lodestar.risk.model.error.cells.unknownBand", "extreme"));
  }

  @Test
  void cellScoresOnAFormulaModel_areNotUsed() {
    ScoringModelDraft d = pmbokDraft();
    ScoringModelDraft draft =
        new ScoringModelDraft(
            0,
            "x",
            0,
            ModelKind.FORMULA,
            d.probabilityScale(),
            d.impactScale(),
            null,
            d.bands(),
            d.bandingMode(),
            null,
            List.of(Arrays.asList(BigDecimal.ONE)));
    assertThat(draft.validate())
        .containsExactly(
            Violation.of("cellScores", "lodestar.risk.model.error.cellScores.notUsed", "FORMULA"));
  }

  @Test
  void nameTooLong_isRefused() {
    ScoringModelDraft d = pmbokDraft();
    ScoringModelDraft draft =
        new ScoringModelDraft(
            0,
            "n".repeat(256),
            0,
            d.kind(),
            d.probabilityScale(),
            d.impactScale(),
            null,
            d.bands(),
            d.bandingMode(),
            null,
            null);
    assertThat(draft.validate())
        .containsExactly(Violation.of("name", "lodestar.risk.model.error.tooLong", 255));
  }
}
