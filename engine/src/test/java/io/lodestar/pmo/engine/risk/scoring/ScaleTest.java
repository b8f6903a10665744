package io.lodestar.pmo.engine.risk.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void pmbokProbability_hasFiveLabelledLevelsFromVeryLowToVeryHigh() {
    Scale target = Scale.pmbokProbability();
    assertThat(target.size()).isEqualTo(5);
    assertThat(target.level(1).label()).isEqualTo("Very low");
    assertThat(target.level(5).label()).isEqualTo("Very high");
    assertThat(target.levels())
        .extracting(ScaleLevel::value)
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.10", "0.30", "0.50", "0.70", "0.90");
    assertThat(target.holdsProbabilities()).isTrue();
  }

  @Test
  void pmbokImpact_isNonLinear() {
    assertThat(Scale.pmbokImpact().levels())
        .extracting(ScaleLevel::value)
        .extracting(BigDecimal::toPlainString)
        .containsExactly("0.05", "0.10", "0.20", "0.40", "0.80");
  }

  @Test
  void ordinalScale_hasValuesOneToN() {
    Scale target = Scale.ordinal(10);
    assertThat(target.value(1)).isEqualByComparingTo("1");
    assertThat(target.value(10)).isEqualByComparingTo("10");
    assertThat(target.holdsProbabilities()).isFalse();
  }

  @Test
  void scaleOfTwoOrElevenLevels_isRejected() {
    assertThatThrownBy(() -> Scale.ordinal(2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scale.ordinal(11)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void valuesNotStrictlyAscending_areRejected() {
    assertThatThrownBy(
            () ->
                Scale.of(
                    List.of("a", "b", "c"),
                    List.of(BigDecimal.ONE, new BigDecimal("1.00"), BigDecimal.TEN)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void duplicateLabelsIgnoringCase_areRejected() {
    assertThatThrownBy(() -> Scale.ordinal(List.of("Low", "low ", "High")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nearestRank_goesToTheNearestValueAndUpOnATie() {
    Scale target = Scale.pmbokProbability();
    assertThat(target.nearestRank(new BigDecimal("0.31"))).isEqualTo(2);
    assertThat(target.nearestRank(new BigDecimal("0.40"))).as("tie 0.3/0.5").isEqualTo(3);
    assertThat(target.nearestRank(new BigDecimal("0"))).isEqualTo(1);
    assertThat(target.nearestRank(new BigDecimal("7"))).isEqualTo(5);
  }

  @Test
  void probabilityOfAnOrdinalRank_isTheMidpointOfEqualBins() {
    Scale fivePoint = Scale.ordinal(5);
    assertThat(fivePoint.probability(1)).isEqualByComparingTo("0.1");
    assertThat(fivePoint.probability(3)).isEqualByComparingTo("0.5");
    assertThat(fivePoint.probability(5)).isEqualByComparingTo("0.9");
    assertThat(Scale.lowMediumHigh().probability(1)).isEqualByComparingTo("0.1667");
  }

  @Test
  void probabilityOfAProbabilityScale_isTheLevelValue() {
    assertThat(Scale.pmbokProbability().probability(4)).isEqualByComparingTo("0.70");
  }

  @Test
  void levelEquality_comparesValuesNumerically() {
    assertThat(ScaleLevel.of(1, "x", "0.1")).isEqualTo(ScaleLevel.of(1, "x", "0.10"));
    assertThat(ScaleLevel.of(1, "x", "0.1").hashCode())
        .isEqualTo(ScaleLevel.of(1, "x", "0.10").hashCode());
  }
}
