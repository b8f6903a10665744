package io.lodestar.pmo.engine.risk.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Laws that hold for every register, seed and distribution. */
class ExposurePropertiesTest {

  private final ExposureSimulator target = new ExposureSimulator();

  @Property(tries = 150)
  void percentiles_shouldBeMonotoneAndWithinTheRange(
      @ForAll("registers") List<RiskExposureInput> register,
      @ForAll("settings") SimulationSettings settings) {
    ExposureResult result = target.simulate(register, settings);

    for (ExposureDimension dimension : ExposureDimension.values()) {
      DimensionExposure exposure = result.exposure(dimension);
      assertThat(exposure.min()).isLessThanOrEqualTo(exposure.p50());
      assertThat(exposure.p50()).isLessThanOrEqualTo(exposure.p80());
      assertThat(exposure.p80()).isLessThanOrEqualTo(exposure.p95());
      assertThat(exposure.p95()).isLessThanOrEqualTo(exposure.max());
      assertThat(exposure.mean()).isBetween(exposure.min(), exposure.max());
      assertThat(exposure.standardDeviation()).isGreaterThanOrEqualTo(0.0);
    }
  }

  @Property(tries = 150)
  void totals_shouldStayWithinWhatTheRegisterCanCost(
      @ForAll("registers") List<RiskExposureInput> register,
      @ForAll("settings") SimulationSettings settings) {
    ExposureResult result = target.simulate(register, settings);

    for (ExposureDimension dimension : ExposureDimension.values()) {
      double certainMinimum = 0.0;
      double possibleMaximum = 0.0;
      for (RiskExposureInput risk : register) {
        ThreePointEstimate estimate = risk.estimate(dimension);
        if (estimate != null && risk.probability() > 0.0) {
          possibleMaximum += estimate.max();
          certainMinimum += risk.probability() == 1.0 ? estimate.min() : 0.0;
        }
      }
      DimensionExposure exposure = result.exposure(dimension);
      assertThat(exposure.min()).isGreaterThanOrEqualTo(certainMinimum * (1 - 1e-12));
      assertThat(exposure.max()).isLessThanOrEqualTo(possibleMaximum * (1 + 1e-12));
    }
  }

  @Property(tries = 100)
  void simulate_shouldBeAPureFunctionOfRegisterAndSettings(
      @ForAll("registers") List<RiskExposureInput> register,
      @ForAll("settings") SimulationSettings settings) {
    assertThat(target.simulate(register, settings)).isEqualTo(target.simulate(register, settings));
  }

  @Property(tries = 150)
  void emv_shouldBeTheSumOfProbabilityTimesMeanImpact(
      @ForAll("registers") List<RiskExposureInput> register,
      @ForAll("settings") SimulationSettings settings) {
    ExposureResult result = target.simulate(register, settings);

    for (ExposureDimension dimension : ExposureDimension.values()) {
      double expected = 0.0;
      for (RiskExposureInput risk : register) {
        ThreePointEstimate estimate = risk.estimate(dimension);
        if (estimate != null) {
          expected += risk.probability() * settings.distribution().mean(estimate);
        }
      }
      DimensionExposure exposure = result.exposure(dimension);
      assertThat(exposure.emv()).isCloseTo(expected, within(1e-9 * (1 + expected)));
      assertThat(exposure.contributions().stream().mapToDouble(RiskContribution::emv).sum())
          .isCloseTo(expected, within(1e-9 * (1 + expected)));
    }
  }

  @Property(tries = 150)
  void contributions_shouldBeSortedWithSharesSummingToOne(
      @ForAll("registers") List<RiskExposureInput> register,
      @ForAll("settings") SimulationSettings settings) {
    ExposureResult result = target.simulate(register, settings);

    for (ExposureDimension dimension : ExposureDimension.values()) {
      List<RiskContribution> contributions = result.exposure(dimension).contributions();
      double[] shares =
          contributions.stream().mapToDouble(RiskContribution::varianceShare).toArray();
      double[] descending = shares.clone();
      Arrays.sort(descending);
      reverse(descending);
      assertThat(shares).containsExactly(descending);
      double sum = Arrays.stream(shares).sum();
      if (sum > 0.0) {
        assertThat(sum).isCloseTo(1.0, within(1e-9));
      }
    }
  }

  @Property(tries = 200)
  void nearestRank_shouldCoverAtLeastTheShareAsked(
      @ForAll("samples") double[] sample, @ForAll @IntRange(min = 1, max = 100) int percent) {
    double[] sorted = sample.clone();
    Arrays.sort(sorted);

    double value = Percentiles.nearestRank(sorted, percent);

    long atMost = Arrays.stream(sorted).filter(x -> x <= value).count();
    long below = Arrays.stream(sorted).filter(x -> x < value).count();
    assertThat(atMost * 100).isGreaterThanOrEqualTo((long) percent * sorted.length);
    assertThat(below * 100).isLessThan((long) percent * sorted.length);
  }

  @Provide
  Arbitrary<double[]> samples() {
    return Arbitraries.doubles().between(0, 100).array(double[].class).ofMinSize(1).ofMaxSize(50);
  }

  @Provide
  Arbitrary<SimulationSettings> settings() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 3_000),
            Arbitraries.longs(),
            Arbitraries.of(ImpactDistribution.class))
        .as(SimulationSettings::of);
  }

  @Provide
  Arbitrary<List<RiskExposureInput>> registers() {
    Arbitrary<ThreePointEstimate> estimate =
        Arbitraries.doubles()
            .between(0, 1e6)
            .list()
            .ofSize(3)
            .map(
                values -> {
                  double[] sorted =
                      values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                  return ThreePointEstimate.of(sorted[0], sorted[1], sorted[2]);
                });
    Arbitrary<ThreePointEstimate> maybeEstimate =
        Arbitraries.oneOf(
            estimate,
            estimate,
            Arbitraries.just(null),
            estimate.map(e -> ThreePointEstimate.fixed(e.max())));
    Arbitrary<Double> probability =
        Arbitraries.oneOf(Arbitraries.doubles().between(0, 1), Arbitraries.of(0.0, 1.0));
    Arbitrary<RiskExposureInput> risk =
        Combinators.combine(probability, maybeEstimate, maybeEstimate)
            .as((p, cost, schedule) -> RiskExposureInput.of("R", p, cost, schedule));
    return risk.list()
        .ofMaxSize(12)
        .map(
            risks -> {
              List<RiskExposureInput> keyed = new ArrayList<>();
              for (int i = 0; i < risks.size(); i++) {
                RiskExposureInput r = risks.get(i);
                keyed.add(
                    RiskExposureInput.of("RISK-" + i, r.probability(), r.cost(), r.schedule()));
              }
              return keyed;
            });
  }

  private static void reverse(double[] values) {
    for (int i = 0, j = values.length - 1; i < j; i++, j--) {
      double swap = values[i];
      values[i] = values[j];
      values[j] = swap;
    }
  }
}
