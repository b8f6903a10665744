package io.lodestar.pmo.engine.risk.exposure;

import static io.lodestar.pmo.engine.risk.exposure.ExposureDimension.COST;
import static io.lodestar.pmo.engine.risk.exposure.ExposureDimension.SCHEDULE;
import static io.lodestar.pmo.engine.risk.exposure.ImpactDistribution.PERT;
import static io.lodestar.pmo.engine.risk.exposure.ImpactDistribution.TRIANGULAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Worked examples of the exposure simulation. */
class ExposureSimulatorTest {

  /** A mixed register: cost-only, schedule-only, both, fixed, skewed both ways, an issue. */
  static final List<RiskExposureInput> CONSTRUCTION_REGISTER =
      List.of(
          RiskExposureInput.of(
              "LATE-STEEL",
              0.35,
              ThreePointEstimate.of(20_000, 45_000, 120_000),
              ThreePointEstimate.of(5, 10, 30)),
          RiskExposureInput.of("PERMIT", 0.6, null, ThreePointEstimate.of(2, 3, 15)),
          RiskExposureInput.of(
              "CRANE-HIRE", 0.15, ThreePointEstimate.of(8_000, 8_000, 25_000), null),
          RiskExposureInput.of(
              "GROUND-SURVEY",
              0.05,
              ThreePointEstimate.of(150_000, 400_000, 400_000),
              ThreePointEstimate.of(20, 40, 60)),
          RiskExposureInput.of(
              "FX-SWING",
              0.9,
              ThreePointEstimate.of(0, 12_000, 18_000),
              ThreePointEstimate.fixed(1)),
          RiskExposureInput.of("LICENCE-FEE", 1.0, ThreePointEstimate.fixed(5_000), null),
          RiskExposureInput.of(
              "WEATHER",
              0.5,
              ThreePointEstimate.of(1_000, 3_000, 9_000),
              ThreePointEstimate.of(1, 4, 12)),
          RiskExposureInput.of("NEVER", 0.0, ThreePointEstimate.of(1, 2, 3), null),
          RiskExposureInput.of("QUALITATIVE-ONLY", 0.4, null, null));

  private final ExposureSimulator target = new ExposureSimulator();

  @ParameterizedTest
  @EnumSource(ImpactDistribution.class)
  void simulate_shouldReproduceTheResult_whenSeedIsFixed(ImpactDistribution distribution) {
    SimulationSettings settings = SimulationSettings.of(5_000, 2024L, distribution);

    ExposureResult first = target.simulate(CONSTRUCTION_REGISTER, settings);
    ExposureResult second = target.simulate(CONSTRUCTION_REGISTER, settings);

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @EnumSource(ImpactDistribution.class)
  void simulate_shouldDiffer_whenSeedsDiffer(ImpactDistribution distribution) {
    ExposureResult first =
        target.simulate(CONSTRUCTION_REGISTER, SimulationSettings.of(5_000, 1L, distribution));
    ExposureResult second =
        target.simulate(CONSTRUCTION_REGISTER, SimulationSettings.of(5_000, 2L, distribution));

    assertThat(second.cost().mean()).isNotEqualTo(first.cost().mean());
    assertThat(second.schedule().percentiles()).isNotEqualTo(first.schedule().percentiles());
  }

  @ParameterizedTest
  @EnumSource(ImpactDistribution.class)
  void simulate_shouldAgreeWithTheClosedFormMoments(ImpactDistribution distribution) {
    int n = 1_000_000;

    ExposureResult result =
        target.simulate(CONSTRUCTION_REGISTER, SimulationSettings.of(n, 77L, distribution));

    for (ExposureDimension dimension : ExposureDimension.values()) {
      ExposureMoments expected =
          ExposureMoments.ofTotal(CONSTRUCTION_REGISTER, distribution, dimension);
      DimensionExposure simulated = result.exposure(dimension);
      double sigma = expected.standardDeviation();
      assertThat(simulated.mean())
          .as("%s mean", dimension)
          .isCloseTo(expected.mean(), within(4 * sigma / Math.sqrt(n)));
      // The sample variance has standard error σ²·√((κ − 1)/n). The rare, large ground-survey
      // risk makes the cost total heavy-tailed (a Bernoulli(0.05) mixture alone has κ ≈ 17), so
      // allow four standard errors at κ = 20.
      double variance = simulated.standardDeviation() * simulated.standardDeviation();
      assertThat(variance)
          .as("%s variance", dimension)
          .isCloseTo(expected.variance(), within(4 * expected.variance() * Math.sqrt(19.0 / n)));
      assertThat(simulated.emv()).isEqualTo(expected.mean());
    }
  }

  @ParameterizedTest
  @EnumSource(ImpactDistribution.class)
  void simulate_shouldReportNoExposure_whenNoRiskCanOccur(ImpactDistribution distribution) {
    List<RiskExposureInput> register =
        List.of(
            RiskExposureInput.of(
                "RETIRED", 0.0, ThreePointEstimate.of(10, 20, 30), ThreePointEstimate.of(1, 2, 3)));

    ExposureResult result =
        target.simulate(register, SimulationSettings.of(1_000, 5L, distribution));

    for (ExposureDimension dimension : ExposureDimension.values()) {
      DimensionExposure exposure = result.exposure(dimension);
      assertThat(exposure.percentiles()).isEqualTo(Percentiles.ZERO);
      assertThat(exposure.mean()).isZero();
      assertThat(exposure.max()).isZero();
      assertThat(exposure.emv()).isZero();
      assertThat(exposure.contributions())
          .singleElement()
          .satisfies(c -> assertThat(c.simulatedMean()).isZero())
          .satisfies(c -> assertThat(c.varianceShare()).isZero());
    }
  }

  @ParameterizedTest
  @EnumSource(ImpactDistribution.class)
  void simulate_shouldStrikeInEveryTrial_whenRiskIsCertain(ImpactDistribution distribution) {
    List<RiskExposureInput> register =
        List.of(
            RiskExposureInput.of("ISSUE", 1.0, ThreePointEstimate.of(100, 150, 400), null),
            RiskExposureInput.of("FEE", 1.0, ThreePointEstimate.fixed(25), null));

    ExposureResult result =
        target.simulate(register, SimulationSettings.of(20_000, 9L, distribution));

    assertThat(result.cost().min()).isGreaterThanOrEqualTo(125.0);
    assertThat(result.cost().max()).isLessThanOrEqualTo(425.0);
    assertThat(result.cost().contributions())
        .filteredOn(c -> c.riskKey().equals("FEE"))
        .singleElement()
        .satisfies(c -> assertThat(c.simulatedMean()).isCloseTo(25.0, within(1e-9)));
  }

  @Test
  void simulate_shouldGiveTheConstant_whenEveryRiskIsCertainAndFixed() {
    List<RiskExposureInput> register =
        List.of(
            RiskExposureInput.of(
                "FEE", 1.0, ThreePointEstimate.fixed(25), ThreePointEstimate.fixed(2)),
            RiskExposureInput.of("TAX", 1.0, ThreePointEstimate.fixed(75), null));

    ExposureResult result = target.simulate(register, SimulationSettings.of(999, 3L, PERT));

    assertThat(result.cost().percentiles()).isEqualTo(new Percentiles(100, 100, 100));
    assertThat(result.cost().standardDeviation()).isZero();
    assertThat(result.cost().min()).isEqualTo(100.0);
    assertThat(result.schedule().max()).isEqualTo(2.0);
    assertThat(result.cost().contributions())
        .allSatisfy(c -> assertThat(c.varianceShare()).isZero());
  }

  @ParameterizedTest
  @EnumSource(ImpactDistribution.class)
  void simulate_shouldOccurAsOftenAsTheProbabilitySays(ImpactDistribution distribution) {
    // A fixed impact of 1 turns the mean into the occurrence frequency; odd trial count on purpose.
    int n = 100_001;
    List<RiskExposureInput> register =
        List.of(RiskExposureInput.of("COIN", 0.3, ThreePointEstimate.fixed(1), null));

    ExposureResult result = target.simulate(register, SimulationSettings.of(n, 12L, distribution));

    assertThat(result.cost().mean()).isCloseTo(0.3, within(4 * Math.sqrt(0.3 * 0.7 / n)));
    assertThat(result.cost().p50()).isZero();
    assertThat(result.cost().p80()).isEqualTo(1.0);
  }

  @Test
  void simulate_shouldReportZeros_whenRegisterIsEmpty() {
    ExposureResult result = target.simulate(List.of(), SimulationSettings.of(100, 1L, TRIANGULAR));

    assertThat(result.cost()).isEqualTo(DimensionExposure.none(COST));
    assertThat(result.schedule()).isEqualTo(DimensionExposure.none(SCHEDULE));
    assertThat(result.trials()).isEqualTo(100);
    assertThat(result.seed()).isEqualTo(1L);
    assertThat(result.distribution()).isEqualTo(TRIANGULAR);
  }

  @Test
  void simulate_shouldRunASingleTrial() {
    ExposureResult result =
        target.simulate(CONSTRUCTION_REGISTER, SimulationSettings.of(1, 1L, PERT));

    DimensionExposure cost = result.cost();
    assertThat(cost.standardDeviation()).isZero();
    assertThat(cost.min()).isEqualTo(cost.max()).isEqualTo(cost.p95()).isEqualTo(cost.mean());
  }

  @Test
  void simulate_shouldListOnlyRisksWithAnEstimateInTheDimension() {
    ExposureResult result =
        target.simulate(CONSTRUCTION_REGISTER, SimulationSettings.of(2_000, 4L, TRIANGULAR));

    assertThat(result.cost().contributions())
        .extracting(RiskContribution::riskKey)
        .containsExactlyInAnyOrder(
            "LATE-STEEL",
            "CRANE-HIRE",
            "GROUND-SURVEY",
            "FX-SWING",
            "LICENCE-FEE",
            "WEATHER",
            "NEVER");
    assertThat(result.schedule().contributions())
        .extracting(RiskContribution::riskKey)
        .containsExactlyInAnyOrder("LATE-STEEL", "PERMIT", "GROUND-SURVEY", "FX-SWING", "WEATHER");
  }

  @Test
  void contributions_shouldRankTheRiskThatDrivesTheSpreadFirst() {
    // A likely small risk has the larger EMV; the unlikely large one drives the variance.
    List<RiskExposureInput> register =
        List.of(
            RiskExposureInput.of(
                "LIKELY-SMALL", 0.9, ThreePointEstimate.of(9_000, 10_000, 11_000), null),
            RiskExposureInput.of(
                "RARE-LARGE", 0.02, ThreePointEstimate.of(200_000, 300_000, 400_000), null));

    ExposureResult result = target.simulate(register, SimulationSettings.of(50_000, 8L, PERT));

    List<RiskContribution> tornado = result.cost().contributions();
    assertThat(tornado)
        .extracting(RiskContribution::riskKey)
        .containsExactly("RARE-LARGE", "LIKELY-SMALL");
    assertThat(tornado.get(0).emv()).isEqualTo(0.02 * 300_000);
    assertThat(tornado.get(0).swing()).isEqualTo(300_000.0);
    assertThat(tornado.get(1).emv()).isEqualTo(0.9 * 10_000);
    assertThat(tornado.get(0).varianceShare()).isGreaterThan(0.9);
  }

  @ParameterizedTest
  @EnumSource(ImpactDistribution.class)
  void contributions_shouldMatchEachRisksClosedForm(ImpactDistribution distribution) {
    int n = 200_000;

    ExposureResult result =
        target.simulate(CONSTRUCTION_REGISTER, SimulationSettings.of(n, 31L, distribution));

    for (ExposureDimension dimension : ExposureDimension.values()) {
      double totalVariance =
          ExposureMoments.ofTotal(CONSTRUCTION_REGISTER, distribution, dimension).variance();
      for (RiskContribution contribution : result.exposure(dimension).contributions()) {
        RiskExposureInput risk = find(contribution.riskKey());
        ExposureMoments expected = ExposureMoments.ofRisk(risk, distribution, dimension);
        double sigma = expected.standardDeviation();
        assertThat(contribution.emv()).isEqualTo(expected.mean());
        assertThat(contribution.simulatedMean())
            .as("%s %s", dimension, risk.riskKey())
            .isCloseTo(expected.mean(), within(4 * sigma / Math.sqrt(n) + 1e-9));
        assertThat(contribution.varianceShare())
            .as("%s %s share", dimension, risk.riskKey())
            .isCloseTo(expected.variance() / totalVariance, within(0.02));
      }
    }
  }

  @Test
  void simulate_shouldKeepARisksDraws_whenRisksAreAddedAfterIt() {
    List<RiskExposureInput> longer = new ArrayList<>(CONSTRUCTION_REGISTER);
    longer.add(RiskExposureInput.of("LATE-ADDITION", 0.5, ThreePointEstimate.of(1, 2, 3), null));
    SimulationSettings settings = SimulationSettings.of(3_000, 99L, PERT);

    RiskContribution before =
        contributionOf(target.simulate(CONSTRUCTION_REGISTER, settings), "WEATHER");
    RiskContribution after = contributionOf(target.simulate(longer, settings), "WEATHER");

    assertThat(after.simulatedMean()).isEqualTo(before.simulatedMean());
  }

  private static RiskContribution contributionOf(ExposureResult result, String key) {
    return result.cost().contributions().stream()
        .filter(c -> c.riskKey().equals(key))
        .findFirst()
        .orElseThrow();
  }

  private static RiskExposureInput find(String key) {
    return CONSTRUCTION_REGISTER.stream()
        .filter(r -> r.riskKey().equals(key))
        .findFirst()
        .orElseThrow();
  }
}
