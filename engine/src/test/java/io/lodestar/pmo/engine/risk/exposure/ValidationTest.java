package io.lodestar.pmo.engine.risk.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invalid inputs are refused at construction with an exception naming the field. */
class ValidationTest {

  private static final ThreePointEstimate COST = ThreePointEstimate.of(1_000, 2_000, 5_000);

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY, -1})
  void riskExposureInput_shouldNameProbability_whenOutsideUnitInterval(double probability) {
    assertThatThrownBy(() -> RiskExposureInput.of("RISK-1", probability, COST, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("probability")
        .hasMessageContaining("RISK-1");
  }

  @Test
  void riskExposureInput_shouldAcceptBothEndsOfTheUnitInterval() {
    assertThat(RiskExposureInput.of("A", 0.0, COST, null).probability()).isZero();
    assertThat(RiskExposureInput.of("B", 1.0, null, COST).probability()).isEqualTo(1.0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void riskExposureInput_shouldNameRiskKey_whenBlank(String key) {
    assertThatThrownBy(() -> RiskExposureInput.of(key, 0.5, COST, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("riskKey");
  }

  @Test
  void riskExposureInput_shouldNameRiskKey_whenNull() {
    assertThatThrownBy(() -> RiskExposureInput.of(null, 0.5, COST, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("riskKey");
  }

  @Test
  void threePointEstimate_shouldNameMin_whenMinExceedsMostLikely() {
    assertThatThrownBy(() -> ThreePointEstimate.of(10, 5, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min")
        .hasMessageContaining("mostLikely");
  }

  @Test
  void threePointEstimate_shouldNameMax_whenMostLikelyExceedsMax() {
    assertThatThrownBy(() -> ThreePointEstimate.of(1, 30, 20))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max");
  }

  @Test
  void threePointEstimate_shouldNameMax_whenBeyondTheLargestAmount() {
    assertThatThrownBy(() -> ThreePointEstimate.of(0, 1, 2e15))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("max must not exceed");
    assertThat(ThreePointEstimate.fixed(ThreePointEstimate.LARGEST).max()).isEqualTo(1e15);
  }

  @Test
  void threePointEstimate_shouldNameMin_whenNegative() {
    assertThatThrownBy(() -> ThreePointEstimate.of(-1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("min must not be negative");
  }

  @Test
  void threePointEstimate_shouldNameTheField_whenNotFinite() {
    assertThatThrownBy(() -> ThreePointEstimate.of(Double.NaN, 1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("min must be finite");
    assertThatThrownBy(() -> ThreePointEstimate.of(0, Double.NaN, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("mostLikely must be finite");
    assertThatThrownBy(() -> ThreePointEstimate.of(0, 1, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("max must be finite");
  }

  @Test
  void threePointEstimate_shouldBeFixed_whenMinEqualsMax() {
    assertThat(ThreePointEstimate.fixed(7.5).isFixed()).isTrue();
    assertThat(ThreePointEstimate.of(0, 0, 1).isFixed()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE, SimulationSettings.MAX_TRIALS + 1})
  void simulationSettings_shouldNameTrials_whenOutOfRange(int trials) {
    assertThatThrownBy(() -> SimulationSettings.of(trials, 1L, ImpactDistribution.PERT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trials");
  }

  @Test
  void simulationSettings_shouldAcceptOneAndTheMaximumTrials() {
    assertThat(SimulationSettings.of(1, 1L, ImpactDistribution.PERT).trials()).isEqualTo(1);
    assertThat(
            SimulationSettings.of(SimulationSettings.MAX_TRIALS, 1L, ImpactDistribution.PERT)
                .trials())
        .isEqualTo(1_000_000);
  }

  @Test
  void simulationSettings_shouldNameDistribution_whenNull() {
    assertThatThrownBy(() -> SimulationSettings.of(10, 1L, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("distribution");
  }

  @Test
  void simulate_shouldNameRisks_whenRegisterIsNull() {
    ExposureSimulator target = new ExposureSimulator();

    assertThatThrownBy(
            () -> target.simulate(null, SimulationSettings.of(10, 1L, ImpactDistribution.PERT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("risks");
  }

  @Test
  void simulate_shouldNameSettings_whenNull() {
    ExposureSimulator target = new ExposureSimulator();

    assertThatThrownBy(() -> target.simulate(List.of(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("settings");
  }

  @Test
  void simulate_shouldNameTheElement_whenRegisterContainsNull() {
    ExposureSimulator target = new ExposureSimulator();
    List<RiskExposureInput> risks =
        new ArrayList<>(Arrays.asList(RiskExposureInput.of("A", 0.5, COST, null), null));

    assertThatThrownBy(
            () -> target.simulate(risks, SimulationSettings.of(10, 1L, ImpactDistribution.PERT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("risks[1]");
  }

  @Test
  void simulate_shouldNameTheKey_whenTwoRisksShareIt() {
    ExposureSimulator target = new ExposureSimulator();
    List<RiskExposureInput> risks =
        List.of(
            RiskExposureInput.of("A", 0.5, COST, null), RiskExposureInput.of("A", 0.2, COST, null));

    assertThatThrownBy(
            () -> target.simulate(risks, SimulationSettings.of(10, 1L, ImpactDistribution.PERT)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("riskKey A");
  }

  @Test
  void percentiles_shouldRefuseValuesOutOfOrder() {
    assertThatThrownBy(() -> new Percentiles(2, 1, 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("p50");
  }
}
