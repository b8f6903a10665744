package io.lodestar.pmo.engine.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class LookupAndRpnModelTest {

  private static List<List<String>> tenByTen() {
    List<List<String>> rows = new ArrayList<>();
    for (int p = 1; p <= 10; p++) {
      List<String> row = new ArrayList<>();
      for (int i = 1; i <= 10; i++) {
        row.add(p * i >= 50 ? "critical" : p * i >= 20 ? "high" : p * i >= 8 ? "medium" : "low");
      }
      rows.add(row);
    }
    return rows;
  }

  @Test
  void tenByTenLookup_assignsTheConfiguredBandAndTheRankProductScore() {
    LookupModel target =
        LookupModel.of(
            "10×10",
            Scale.ordinal(10),
            Scale.ordinal(10),
            CellBanding.of(Bands.lowMediumHighCritical(), tenByTen()));
    CellEvaluation cell = target.evaluate(7, 8);
    assertThat(cell.score()).isEqualByComparingTo("56");
    assertThat(cell.band().key()).isEqualTo("critical");
    assertThat(target.evaluate(2, 3).band().key()).isEqualTo("low");
    assertThat(target.hasConfiguredScores()).isFalse();
  }

  @Test
  void lookupWithConfiguredScores_usesThemAndNotTheRankProduct() {
    List<List<String>> bands =
        List.of(
            List.of("low", "low", "medium"),
            List.of("low", "medium", "high"),
            List.of("medium", "high", "high"));
    List<List<BigDecimal>> scores =
        List.of(
            List.of(bd("1"), bd("2"), bd("5")),
            List.of(bd("2"), bd("6"), bd("12")),
            List.of(bd("5"), bd("12"), bd("25")));
    LookupModel target =
        LookupModel.of(
            "custom",
            Scale.lowMediumHigh(),
            Scale.lowMediumHigh(),
            CellBanding.of(Bands.lowMediumHigh(), bands),
            scores);
    assertThat(target.evaluate(3, 3).score()).isEqualByComparingTo("25");
    assertThat(target.evaluate(2, 3).score()).isEqualByComparingTo("12");
    assertThat(target.evaluate(2, 3).band().key()).isEqualTo("high");
  }

  @Test
  void fmeaRpn_isSeverityTimesOccurrenceTimesDetectability() {
    RpnModel target = RpnModel.fmeaDefault();
    CellEvaluation e = target.evaluate(4, 8, OptionalInt.of(7));
    assertThat(e.score()).isEqualByComparingTo("224");
    assertThat(e.band().key()).isEqualTo("high");
    assertThat(e.cell()).isEqualTo(Cell.of(4, 8));
    assertThat(target.evaluate(2, 5, OptionalInt.of(9)).band().key()).as("90").isEqualTo("low");
    assertThat(target.evaluate(2, 5, OptionalInt.of(10)).band().key())
        .as("100")
        .isEqualTo("medium");
  }

  @Test
  void rpnWithoutDetectability_isABugAndNotAccepted() {
    RpnModel target = RpnModel.fmeaDefault();
    assertThat(target.accepts(1, 1, OptionalInt.empty())).isFalse();
    assertThatThrownBy(() -> target.evaluate(1, 1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rpnAxes_areOccurrenceRowsAndSeverityColumns() {
    RpnModel target =
        RpnModel.of(
            "r",
            Scale.ordinal(5),
            Scale.ordinal(4),
            Scale.ordinal(3),
            ThresholdBanding.of(Bands.lowMediumHigh(), "0", "10", "30"));
    assertThat(target.probabilityScale().size()).isEqualTo(4);
    assertThat(target.impactScale().size()).isEqualTo(5);
    assertThat(target.detectability()).isPresent();
    assertThat(target.usesDetectability()).isTrue();
  }

  @Test
  void modelIdentity_isValidated() {
    assertThatThrownBy(
            () ->
                new FormulaModel(
                    -1,
                    "x",
                    0,
                    Scale.pmbokProbability(),
                    Scale.pmbokImpact(),
                    FormulaModel.pmbokDefault().banding()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                FormulaModel.of(
                    " ",
                    Scale.pmbokProbability(),
                    Scale.pmbokImpact(),
                    FormulaModel.pmbokDefault().banding()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(FormulaModel.pmbokDefault().withIdentity(7, 3))
        .extracting(ScoringModel::id, ScoringModel::version)
        .containsExactly(7L, 3L);
  }

  private static BigDecimal bd(String s) {
    return new BigDecimal(s);
  }
}
