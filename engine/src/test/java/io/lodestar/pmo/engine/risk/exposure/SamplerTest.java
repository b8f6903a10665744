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

  /** α at both ends, at and a hair off the integers (where B(α, 6 − α) changes form), between. */
  static Stream<Arguments> alphas() {
    return Stream.of(
            1.0, 1.0 + 1e-9, 1.5, 2.0 - 1e-9, 2.0, 2.5, 3.0, 3.0 + 1e-12, 4.2, 5.0 - 1e-9, 5.0)
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("alphas")
  void pertAddDraws_shouldPassAChiSquareTestAgainstTheBetaCdf(double alpha) {
    // given: a PERT estimate on [0, 1] with shape α, and a million trials that all occurred, so
    // that the simulation's own path (the pipelined histogram loop and the deferred remainder)
    // makes every draw
    ThreePointEstimate estimate = ThreePointEstimate.of(0.0, (alpha - 1.0) / 4.0, 1.0);
    int trials = 1_000_000; // 15,625 whole words
    long[] occurrences = new long[trials / Long.SIZE];
    java.util.Arrays.fill(occurrences, -1L);
    double[] totals = new double[trials];

    // when
    new PertSampler(estimate)
        .addDraws(
            new SplittableRandom(19L), occurrences, totals, 0.5, new double[1], new double[1], 0);

    // then
    assertThat(chiSquare(totals, estimate)).isLessThan(chiSquareCriticalValue(CHI_SQUARE_BINS - 1));
  }

  @ParameterizedTest
  @MethodSource("alphas")
  void pertSample_shouldPassAChiSquareTestAgainstTheBetaCdf(double alpha) {
    // given
    ThreePointEstimate estimate = ThreePointEstimate.of(0.0, (alpha - 1.0) / 4.0, 1.0);

    // when
    double[] sample = draw(new PertSampler(estimate), 1_000_000, 23L);

    // then
    assertThat(chiSquare(sample, estimate)).isLessThan(chiSquareCriticalValue(CHI_SQUARE_BINS - 1));
  }

  /** Equally likely bins under the exact CDF: 0.2 % each, so the tails are tested bin by bin. */
  private static final int CHI_SQUARE_BINS = 500;

  /** Pearson's statistic of {@code sample} in CHI_SQUARE_BINS bins equally likely under the CDF. */
  private static double chiSquare(double[] sample, ThreePointEstimate estimate) {
    double[] edges = new double[CHI_SQUARE_BINS - 1];
    for (int i = 0; i < edges.length; i++) {
      edges[i] = quantile(estimate, (i + 1.0) / CHI_SQUARE_BINS);
    }
    long[] counts = new long[CHI_SQUARE_BINS];
    for (double x : sample) {
      int at = java.util.Arrays.binarySearch(edges, x);
      counts[at >= 0 ? at + 1 : -at - 1]++;
    }
    double expected = (double) sample.length / CHI_SQUARE_BINS;
    double statistic = 0.0;
    for (long count : counts) {
      statistic += (count - expected) * (count - expected) / expected;
    }
    return statistic;
  }

  /** The p-quantile of the PERT estimate by bisection on the exact CDF. */
  private static double quantile(ThreePointEstimate estimate, double p) {
    double low = estimate.min();
    double high = estimate.max();
    for (int i = 0; i < 60; i++) {
      double middle = 0.5 * (low + high);
      if (Distributions.pertCdf(estimate, middle) < p) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return 0.5 * (low + high);
  }

  /**
   * The χ² value exceeded with probability about 10⁻⁴ at {@code df} degrees of freedom
   * (Wilson–Hilferty: df·(1 − 2/(9df) + z·√(2/(9df)))³, z = 3.719).
   */
  private static double chiSquareCriticalValue(int df) {
    double v = 2.0 / (9.0 * df);
    double root = 1.0 - v + 3.719 * Math.sqrt(v);
    return df * root * root * root;
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
