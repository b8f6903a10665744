package io.lodestar.pmo.engine.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PmbokFormulaModelTest {

  private final FormulaModel target = FormulaModel.pmbokDefault();

  /** DOMAIN.md, rows P 0.9 … 0.1, columns I 0.05 … 0.80. */
  private static final String[][] GRID = {
    {"0.05", "0.09", "0.18", "0.36", "0.72"},
    {"0.04", "0.07", "0.14", "0.28", "0.56"},
    {"0.03", "0.05", "0.10", "0.20", "0.40"},
    {"0.02", "0.03", "0.06", "0.12", "0.24"},
    {"0.01", "0.01", "0.02", "0.04", "0.08"},
  };

  @Test
  void pmbokMatrix_matchesTheDomainGridInEveryCell() {
    for (int row = 0; row < 5; row++) {
      int probabilityRank = 5 - row;
      for (int column = 0; column < 5; column++) {
        CellEvaluation cell = target.evaluate(probabilityRank, column + 1);
        assertThat(cell.score())
            .as("P rank %d × I rank %d", probabilityRank, column + 1)
            .isEqualByComparingTo(GRID[row][column]);
        assertThat(cell.score().scale()).isEqualTo(2);
      }
    }
  }

  @ParameterizedTest(name = "{0} × {1} = {2} (half-up on the exact decimal)")
  @CsvSource({"0.70, 0.05, 0.04", "0.50, 0.05, 0.03", "0.30, 0.05, 0.02", "0.10, 0.05, 0.01"})
  void trickyCells_roundHalfUpOnTheExactDecimalNotTheBinaryDouble(
      String p, String i, String expected) {
    assertThat(FormulaModel.score(new BigDecimal(p), new BigDecimal(i))).isEqualTo(expected);
    // the bug we guard against: binary floating point gives one cent less for 0.7 × 0.05
    assertThat(Math.round(0.7 * 0.05 * 100) / 100.0).isEqualTo(0.03);
  }

  @Test
  void highProbabilityVeryHighImpact_isHighBand() {
    assertThat(target.evaluate(5, 5).band().key()).isEqualTo("high");
  }

  @Test
  void pmbokBands_followTheThresholdsAtTheirBoundaries() {
    assertThat(target.evaluate(1, 5).band().key()).as("0.08").isEqualTo("medium");
    assertThat(target.evaluate(3, 2).band().key()).as("0.05 exactly").isEqualTo("medium");
    assertThat(target.evaluate(2, 2).band().key()).as("0.03").isEqualTo("low");
    assertThat(target.evaluate(5, 3).band().key()).as("0.18 exactly").isEqualTo("high");
    assertThat(target.evaluate(4, 3).band().key()).as("0.14").isEqualTo("medium");
  }

  @Test
  void offScaleRank_isABug() {
    assertThatThrownBy(() -> target.evaluate(6, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThat(target.accepts(6, 1, java.util.OptionalInt.empty())).isFalse();
    assertThat(target.accepts(5, 5, java.util.OptionalInt.empty())).isTrue();
  }

  @Test
  void formulaWithCellBanding_takesTheBandFromTheCell() {
    List<List<String>> cells =
        List.of(
            List.of("low", "low", "low"),
            List.of("low", "medium", "high"),
            List.of("medium", "high", "high"));
    FormulaModel model =
        FormulaModel.of(
            "3×3", Scale3.lmh(), Scale3.lmh(), CellBanding.of(Bands.lowMediumHigh(), cells));
    assertThat(model.evaluate(2, 3).band().key()).isEqualTo("high");
    assertThat(model.evaluate(2, 3).score()).isEqualByComparingTo("6");
  }

  @Test
  void cellBandingOfTheWrongSize_isRejected() {
    CellBanding twoByTwo =
        CellBanding.of(
            Bands.lowMediumHigh(), List.of(List.of("low", "low"), List.of("low", "low")));
    assertThatThrownBy(() -> FormulaModel.of("x", Scale3.lmh(), Scale3.lmh(), twoByTwo))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Property
  void formulaScore_isMonotoneInProbabilityAndImpact(
      @ForAll @BigRange(min = "0", max = "1") @Scale(3) BigDecimal p1,
      @ForAll @BigRange(min = "0", max = "1") @Scale(3) BigDecimal p2,
      @ForAll @BigRange(min = "0", max = "10") @Scale(3) BigDecimal i1,
      @ForAll @BigRange(min = "0", max = "10") @Scale(3) BigDecimal i2) {
    BigDecimal pLow = p1.min(p2);
    BigDecimal pHigh = p1.max(p2);
    BigDecimal iLow = i1.min(i2);
    BigDecimal iHigh = i1.max(i2);
    assertThat(FormulaModel.score(pLow, iLow)).isLessThanOrEqualTo(FormulaModel.score(pHigh, iLow));
    assertThat(FormulaModel.score(pLow, iLow)).isLessThanOrEqualTo(FormulaModel.score(pLow, iHigh));
    assertThat(FormulaModel.score(pHigh, iLow))
        .isLessThanOrEqualTo(FormulaModel.score(pHigh, iHigh));
  }

  @Property
  void pmbokModelScore_isMonotoneAcrossTheGrid(
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 4) int p,
      @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 4) int i) {
    BigDecimal here = target.evaluate(p, i).score();
    assertThat(target.evaluate(p + 1, i).score()).isGreaterThanOrEqualTo(here);
    assertThat(target.evaluate(p, i + 1).score()).isGreaterThanOrEqualTo(here);
    assertThat(target.evaluate(p + 1, i).band().rank())
        .isGreaterThanOrEqualTo(target.evaluate(p, i).band().rank());
  }

  /** Tiny fixture: ordinal Low/Medium/High. */
  static final class Scale3 {
    static io.lodestar.pmo.engine.risk.scoring.Scale lmh() {
      return io.lodestar.pmo.engine.risk.scoring.Scale.lowMediumHigh();
    }
  }
}
