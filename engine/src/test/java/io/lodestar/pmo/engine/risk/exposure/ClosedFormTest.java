package io.lodestar.pmo.engine.risk.exposure;

import static io.lodestar.pmo.engine.risk.exposure.ExposureDimension.COST;
import static io.lodestar.pmo.engine.risk.exposure.ExposureDimension.SCHEDULE;
import static io.lodestar.pmo.engine.risk.exposure.ImpactDistribution.PERT;
import static io.lodestar.pmo.engine.risk.exposure.ImpactDistribution.TRIANGULAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Worked examples of the closed-form means, variances and EMV. */
class ClosedFormTest {

  private static final ThreePointEstimate SUPPLIER_DELAY = ThreePointEstimate.of(10, 20, 60);

  @Test
  void triangularMean_shouldBeTheAverageOfTheThreePoints() {
    assertThat(TRIANGULAR.mean(SUPPLIER_DELAY)).isEqualTo(30.0);
  }

  @Test
  void pertMean_shouldWeightTheMostLikelyFourTimes() {
    assertThat(PERT.mean(SUPPLIER_DELAY)).isEqualTo(25.0);
  }

  @Test
  void triangularVariance_shouldFollowTheTextbookFormula() {
    // (a² + m² + b² − am − ab − mb) / 18 = (100 + 400 + 3600 − 200 − 600 − 1200) / 18
    assertThat(TRIANGULAR.variance(SUPPLIER_DELAY)).isCloseTo(2100.0 / 18.0, within(1e-12));
  }

  @Test
  void pertVariance_shouldBeMeanDistancesToBothEndsOverSeven() {
    // (μ − a)(b − μ)/7 = 15 · 35 / 7
    assertThat(PERT.variance(SUPPLIER_DELAY)).isCloseTo(75.0, within(1e-12));
  }

  @Test
  void variances_shouldBeZero_whenEstimateIsFixed() {
    ThreePointEstimate fixed = ThreePointEstimate.fixed(42);

    assertThat(TRIANGULAR.variance(fixed)).isZero();
    assertThat(PERT.variance(fixed)).isZero();
    assertThat(PERT.mean(fixed)).isEqualTo(42.0);
  }

  @Test
  void riskMoments_shouldBeTheBernoulliMixture() {
    // p = 0.4, X triangular(10, 20, 60): E = 0.4·30 = 12; Var = p·E[X²] − (p·E[X])²
    RiskExposureInput risk = RiskExposureInput.of("LATE-STEEL", 0.4, SUPPLIER_DELAY, null);
    double secondMoment = 2100.0 / 18.0 + 30.0 * 30.0;

    ExposureMoments moments = ExposureMoments.ofRisk(risk, TRIANGULAR, COST);

    assertThat(moments.mean()).isCloseTo(12.0, within(1e-12));
    assertThat(moments.variance()).isCloseTo(0.4 * secondMoment - 12.0 * 12.0, within(1e-9));
  }

  @Test
  void riskMoments_shouldBeZero_whenRiskHasNoEstimateInTheDimension() {
    RiskExposureInput risk = RiskExposureInput.of("COST-ONLY", 0.4, SUPPLIER_DELAY, null);

    assertThat(ExposureMoments.ofRisk(risk, PERT, SCHEDULE)).isEqualTo(ExposureMoments.ZERO);
  }

  @Test
  void riskMoments_shouldBeTheImpactsMoments_whenRiskIsCertain() {
    RiskExposureInput issue = RiskExposureInput.of("ISSUE", 1.0, null, SUPPLIER_DELAY);

    ExposureMoments moments = ExposureMoments.ofRisk(issue, PERT, SCHEDULE);

    assertThat(moments.mean()).isEqualTo(25.0);
    assertThat(moments.variance()).isCloseTo(75.0, within(1e-12));
  }

  @Test
  void totalMoments_shouldSumOverIndependentRisks() {
    List<RiskExposureInput> register =
        List.of(
            RiskExposureInput.of("A", 0.5, ThreePointEstimate.of(0, 10, 20), null),
            RiskExposureInput.of("B", 0.25, ThreePointEstimate.fixed(100), null));
    // A: mean 5, Var = 0.5·(100/6 + 100) − 25 = 33.33…; B: mean 25, Var = 0.25·10000 − 625 = 1875
    ExposureMoments total = ExposureMoments.ofTotal(register, TRIANGULAR, COST);

    assertThat(total.mean()).isCloseTo(30.0, within(1e-12));
    assertThat(total.variance())
        .isCloseTo(0.5 * (100.0 / 6.0 + 100.0) - 25.0 + 1875.0, within(1e-9));
    assertThat(ExposureMoments.ofTotal(List.of(), PERT, COST)).isEqualTo(ExposureMoments.ZERO);
  }

  @Test
  void nearestRank_shouldTakeTheSmallestValueCoveringTheShare() {
    double[] sorted = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

    assertThat(Percentiles.nearestRank(sorted, 50)).isEqualTo(5.0);
    assertThat(Percentiles.nearestRank(sorted, 80)).isEqualTo(8.0);
    assertThat(Percentiles.nearestRank(sorted, 95)).isEqualTo(10.0);
    assertThat(Percentiles.nearestRank(sorted, 1)).isEqualTo(1.0);
    assertThat(Percentiles.nearestRank(new double[] {7}, 95)).isEqualTo(7.0);
  }

  @Test
  void nearestRank_shouldRoundTheRankUp() {
    double[] sorted = new double[20];
    for (int i = 0; i < sorted.length; i++) {
      sorted[i] = i + 1;
    }

    // 95 % of 20 is exactly 19; 80 % of 7 is 5.6 → rank 6.
    assertThat(Percentiles.nearestRank(sorted, 95)).isEqualTo(19.0);
    assertThat(Percentiles.nearestRank(new double[] {1, 2, 3, 4, 5, 6, 7}, 80)).isEqualTo(6.0);
  }
}
