package io.lodestar.pmo.engine.risk.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The triangular and PERT samplers draw from the distributions they name. */
class SamplerTest {

  private static final int DRAWS = 200_000;

  static Stream<Arguments> shapes() {
    return Stream.of(
        Arguments.of(ThreePointEstimate.of(10, 20, 60)), // right-skewed
        Arguments.of(ThreePointEstimate.of(0, 50, 100)), // symmetric
        Arguments.of(ThreePointEstimate.of(5, 5, 9)), // most likely = min
        Arguments.of(ThreePointEstimate.of(5, 9, 9)), // most likely = max
        Arguments.of(ThreePointEstimate.of(0, 0.37, 1)), // α near 2.5
        Arguments.of(ThreePointEstimate.of(100, 100.01, 200)), // α just above 1
        Arguments.of(ThreePointEstimate.of(1_000_000, 1_250_000, 1_500_000))); // α = 3 exactly
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void triangularSampler_shouldHaveTheMeanAPlusMPlusBOverThree(ThreePointEstimate estimate) {
    assertMomentsMatch(new TriangularSampler(estimate), estimate, ImpactDistribution.TRIANGULAR);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void pertSampler_shouldHaveTheMeanAPlusFourMPlusBOverSix(ThreePointEstimate estimate) {
    assertMomentsMatch(new PertSampler(estimate), estimate, ImpactDistribution.PERT);
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void triangularSampler_shouldFollowTheTriangularCdf(ThreePointEstimate estimate) {
    double[] sample = draw(new TriangularSampler(estimate), DRAWS, 11L);

    assertThat(Distributions.ksDistance(sample, x -> Distributions.triangularCdf(estimate, x)))
        .isLessThan(Distributions.ksCriticalValue(DRAWS));
  }

  @ParameterizedTest
  @MethodSource("shapes")
  void pertSampler_shouldFollowTheBetaCdf(ThreePointEstimate estimate) {
    double[] sample = draw(new PertSampler(estimate), DRAWS, 13L);

    assertThat(Distributions.ksDistance(sample, x -> Distributions.pertCdf(estimate, x)))
        .isLessThan(Distributions.ksCriticalValue(DRAWS));
  }

  @Test
  void pertSampler_shouldFollowTheBetaCdfInTheTails() {
    // The remainder path carries most of the tails' mass when α = 1: check it on its own.
    ThreePointEstimate estimate = ThreePointEstimate.of(0, 0, 1);
    double[] sample = draw(new PertSampler(estimate), 1_000_000, 17L);
    long belowOnePercent = 0;
    long aboveNinetyFive = 0;
    for (double x : sample) {
      belowOnePercent += x < 0.01 ? 1 : 0;
      aboveNinetyFive += x > 0.95 ? 1 : 0;
    }
    double pLow = Distributions.pertCdf(estimate, 0.01);
    double pHigh = 1.0 - Distributions.pertCdf(estimate, 0.95);

    assertThat(belowOnePercent / 1e6)
        .isCloseTo(pLow, within(4 * Math.sqrt(pLow * (1 - pLow) / 1e6)));
    assertThat(aboveNinetyFive / 1e6)
        .isCloseTo(pHigh, within(4 * Math.sqrt(pHigh * (1 - pHigh) / 1e6) + 1e-6));
  }

  @Test
  void betaFunction_shouldMatchFactorials_atIntegerShapes() {
    // B(k, 6 − k) = (k − 1)!(5 − k)!/5!
    assertThat(PertSampler.betaFunction(1)).isCloseTo(24.0 / 120, within(1e-15));
    assertThat(PertSampler.betaFunction(2)).isCloseTo(6.0 / 120, within(1e-15));
    assertThat(PertSampler.betaFunction(3)).isCloseTo(4.0 / 120, within(1e-15));
    assertThat(PertSampler.betaFunction(4)).isCloseTo(6.0 / 120, within(1e-15));
    assertThat(PertSampler.betaFunction(5)).isCloseTo(24.0 / 120, within(1e-15));
  }

  private static void assertMomentsMatch(
      ImpactSampler sampler, ThreePointEstimate estimate, ImpactDistribution distribution) {
    double[] sample = draw(sampler, DRAWS, 7L);
    double mean = 0.0;
    for (double x : sample) {
      mean += x;
    }
    mean /= DRAWS;
    double squares = 0.0;
    for (double x : sample) {
      squares += (x - mean) * (x - mean);
    }
    double variance = squares / (DRAWS - 1);
    double sigma = Math.sqrt(distribution.variance(estimate));

    assertThat(mean).isCloseTo(distribution.mean(estimate), within(4 * sigma / Math.sqrt(DRAWS)));
    // The sample variance has standard error σ²·√((κ − 1)/n); PERT and triangular shapes have
    // kurtosis κ ≤ 4.2, so allow four standard errors at κ = 4.5.
    assertThat(variance)
        .isCloseTo(sigma * sigma, within(4 * sigma * sigma * Math.sqrt(3.5 / DRAWS)));
  }

  private static double[] draw(ImpactSampler sampler, int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] sample = new double[n];
    for (int i = 0; i < n; i++) {
      sample[i] = sampler.sample(random);
    }
    return sample;
  }
}
