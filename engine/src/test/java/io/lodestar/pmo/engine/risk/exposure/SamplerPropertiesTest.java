package io.lodestar.pmo.engine.risk.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** Laws the samplers obey for every estimate and seed. */
class SamplerPropertiesTest {

  @Property(tries = 200)
  void betaFunction_shouldMatchTheIntegral(@ForAll("shapeAlpha") double alpha) {
    double bySeries = Distributions.betaBySeries(alpha, 6.0 - alpha);

    assertThat(PertSampler.betaFunction(alpha)).isCloseTo(bySeries, within(1e-12 * bySeries));
  }

  @Provide
  Arbitrary<Double> shapeAlpha() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(1.0, 5.0),
        Arbitraries.of(1.0, 2.0, 3.0, 4.0, 5.0, 2.0 + 1e-12, 3.0 - 1e-9, 1.0 + 1e-15, 5.0 - 1e-15));
  }

  @Property(tries = 300)
  void pertSampler_shouldDrawMostlyFromTheHistogram(@ForAll("estimates") ThreePointEstimate e) {
    if (e.isFixed()) {
      return;
    }

    assertThat(new PertSampler(e).histogramMass()).isBetween(0.97, 1.0);
  }

  @Property(tries = 300)
  void pertAliasTable_shouldDrawEachBinWithExactlyItsHistogramMass_andTheRemainderTheRest(
      @ForAll("estimates") ThreePointEstimate e) {
    if (e.isFixed()) {
      return;
    }
    PertSampler target = new PertSampler(e);
    long total = 0;
    for (int bin = 0; bin <= PertSampler.BINS; bin++) {
      total += target.outcomeUnits(bin);
    }
    double histogram = 0.0;
    for (int bin = 0; bin < PertSampler.BINS; bin++) {
      double binMass = target.outcomeUnits(bin) * 0x1.0p-32;
      double heightTimesWidth = target.histogramHeight(bin) / PertSampler.BINS;
      assertThat(binMass).isCloseTo(heightTimesWidth, within(1e-15 * heightTimesWidth + 1e-300));
      histogram += binMass;
    }

    assertThat(total).isEqualTo(1L << 32);
    assertThat(target.outcomeUnits(PertSampler.BINS) * 0x1.0p-32)
        .isCloseTo(1.0 - histogram, within(1e-12));
  }

  @Property(tries = 300)
  void pertHistogram_shouldStayUnderTheDensityAtBothEndsOfEveryBin(
      @ForAll("estimates") ThreePointEstimate e,
      @ForAll @IntRange(min = 0, max = PertSampler.BINS - 1) int bin) {
    if (e.isFixed()) {
      return;
    }
    PertSampler target = new PertSampler(e);
    double height = target.histogramHeight(bin);

    // f is unimodal, so its minimum on a bin is at one of the bin's ends.
    assertThat(height).isLessThanOrEqualTo(target.density((double) bin / PertSampler.BINS));
    assertThat(height).isLessThanOrEqualTo(target.density((bin + 1.0) / PertSampler.BINS));
  }

  @Property(tries = 300)
  void pertSampler_shouldKeepSqueezeUnderAndHullOverTheDensity(
      @ForAll("estimates") ThreePointEstimate e,
      @ForAll @IntRange(min = 0, max = PertSampler.BINS - 1) int bin,
      @ForAll("offsets") double offset) {
    if (e.isFixed()) {
      return;
    }
    PertSampler target = new PertSampler(e);
    double f = target.density((bin + offset) / PertSampler.BINS);

    assertThat(target.squeezeAt(bin, offset)).isLessThanOrEqualTo(f);
    assertThat(target.hullAt(bin, offset)).isGreaterThanOrEqualTo(f);
  }

  @Provide
  Arbitrary<Double> offsets() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0.0, 1.0), Arbitraries.of(0.0, 0.5, 1.0));
  }

  @Property(tries = 300)
  void samplers_shouldStayWithinMinAndMax(
      @ForAll("estimates") ThreePointEstimate estimate,
      @ForAll ImpactDistribution distribution,
      @ForAll long seed) {
    ImpactSampler target = ImpactSampler.of(estimate, distribution);
    SplittableRandom random = new SplittableRandom(seed);

    for (int i = 0; i < 2_000; i++) {
      assertThat(target.sample(random)).isBetween(estimate.min(), estimate.max());
    }
  }

  @Property(tries = 100)
  void samplers_shouldReturnTheConstant_whenEstimateIsFixed(
      @ForAll("amounts") double value, @ForAll ImpactDistribution distribution) {
    ImpactSampler target = ImpactSampler.of(ThreePointEstimate.fixed(value), distribution);
    SplittableRandom random = new SplittableRandom(1L);

    assertThat(target.sample(random)).isEqualTo(value);
    assertThat(target.sample(random)).isEqualTo(value);
  }

  @Property(tries = 200)
  void addDraws_shouldAddOneDrawToEachMarkedTrialOnly(
      @ForAll("estimates") ThreePointEstimate estimate,
      @ForAll ImpactDistribution distribution,
      @ForAll long seed) {
    ImpactSampler target = ImpactSampler.of(estimate, distribution);
    // Trials 0, 2, 3, all of 64–127 (a whole word: the dense path) and 191.
    long[] occurrences = {0b1101L, -1L, 1L << 63};
    double[] totals = new double[192];
    double[] sums = new double[1];
    double[] squares = new double[1];
    double centre = distribution.mean(estimate);

    target.addDraws(new SplittableRandom(seed), occurrences, totals, centre, sums, squares, 0);

    double sum = 0.0;
    double sumOfSquares = 0.0;
    for (int trial = 0; trial < totals.length; trial++) {
      boolean marked =
          trial == 0 || trial == 2 || trial == 3 || (trial >= 64 && trial < 128) || trial == 191;
      if (marked) {
        assertThat(totals[trial]).isBetween(estimate.min(), estimate.max());
        sum += totals[trial] - centre;
        sumOfSquares += (totals[trial] - centre) * (totals[trial] - centre);
      } else {
        assertThat(totals[trial]).isZero();
      }
    }
    double scale = 1.0 + estimate.max();
    assertThat(sums[0]).isCloseTo(sum, within(1e-9 * scale));
    assertThat(squares[0]).isCloseTo(sumOfSquares, within(1e-9 * scale * scale));
  }

  @Property(tries = 100)
  void triangularAddDraws_shouldMatchDrawingOneByOne(
      @ForAll("estimates") ThreePointEstimate estimate, @ForAll long seed) {
    ImpactSampler target = ImpactSampler.of(estimate, ImpactDistribution.TRIANGULAR);
    double[] totals = new double[8];

    target.addDraws(
        new SplittableRandom(seed),
        new long[] {0b1101L},
        totals,
        0.0,
        new double[1],
        new double[1],
        0);

    SplittableRandom random = new SplittableRandom(seed);
    double[] expected = new double[8];
    expected[0] = target.sample(random);
    expected[2] = target.sample(random);
    expected[3] = target.sample(random);
    assertThat(totals).containsExactly(expected);
  }

  @Property(tries = 100)
  void triangularAddDraws_shouldMatchDrawingOneByOne_whenWholeWordsOccurred(
      @ForAll("estimates") ThreePointEstimate estimate, @ForAll long seed) {
    // A full word takes the dense path, the next one the bit scan: same draws, same order.
    ImpactSampler target = ImpactSampler.of(estimate, ImpactDistribution.TRIANGULAR);
    double[] totals = new double[192];
    double[] sums = new double[1];
    double[] squares = new double[1];

    target.addDraws(
        new SplittableRandom(seed), new long[] {-1L, 0b101L, -1L}, totals, 0.0, sums, squares, 0);

    SplittableRandom random = new SplittableRandom(seed);
    double[] expected = new double[192];
    double sum = 0.0;
    for (int trial = 0; trial < 192; trial++) {
      if (trial < 64 || trial == 64 || trial == 66 || trial >= 128) {
        expected[trial] = target.sample(random);
        sum += expected[trial];
      }
    }
    assertThat(totals).containsExactly(expected);
    assertThat(sums[0]).isCloseTo(sum, within(1e-9 * (1.0 + sum)));
  }

  @Property(tries = 500)
  void triangularUnit_shouldBeTheWeightedMinimumAndMaximumOfTheTwoHalves(
      @ForAll long bits, @ForAll("modeFractions") double c) {
    // Stein–Keblis: (1 − c)·min(U, V) + c·max(U, V), U and V the cell midpoints of the halves
    // read as signed ints: (i + 2³¹ + ½)/2³².
    double u = ((int) (bits >>> 32) + 0x1.0p31 + 0.5) / 0x1.0p32;
    double v = ((int) bits + 0x1.0p31 + 0.5) / 0x1.0p32;
    double expected = (1 - c) * Math.min(u, v) + c * Math.max(u, v);

    double unit = TriangularSampler.unit(bits, (c - 0.5) * 0x1.0p-32);

    assertThat(unit).isCloseTo(expected, within(1e-15)).isBetween(0x1.0p-33, 1 - 0x1.0p-33);
  }

  @Provide
  Arbitrary<Double> modeFractions() {
    return Arbitraries.oneOf(Arbitraries.doubles().between(0.0, 1.0), Arbitraries.of(0.0, 1.0));
  }

  @Test
  void triangularUnit_shouldStayInside_atTheExtremeHalves() {
    long lowest = 0x8000_0000_8000_0000L; // both halves the smallest int: U = V = 2⁻³³
    long highest = 0x7FFF_FFFF_7FFF_FFFFL; // both the largest: U = V = 1 − 2⁻³³
    long apart = 0x8000_0000_7FFF_FFFFL; // one each

    for (double c : new double[] {0.0, 0.3, 1.0}) {
      double skew = (c - 0.5) * 0x1.0p-32;
      assertThat(TriangularSampler.unit(lowest, skew)).isEqualTo(0x1.0p-33);
      assertThat(TriangularSampler.unit(highest, skew)).isEqualTo(1 - 0x1.0p-33);
      assertThat(TriangularSampler.unit(apart, skew))
          .isCloseTo((1 - c) * 0x1.0p-33 + c * (1 - 0x1.0p-33), within(1e-16));
    }
  }

  @Provide
  Arbitrary<ThreePointEstimate> estimates() {
    Arbitrary<Double> amounts = amounts();
    return Combinators.combine(amounts, amounts, amounts)
        .as(
            (x, y, z) -> {
              double[] sorted = {x, y, z};
              Arrays.sort(sorted);
              return ThreePointEstimate.of(sorted[0], sorted[1], sorted[2]);
            });
  }

  @Provide
  Arbitrary<Double> amounts() {
    return Arbitraries.oneOf(
        Arbitraries.doubles().between(0.0, 1e9),
        Arbitraries.doubles().between(0.0, 1.0),
        Arbitraries.of(0.0, 0.1, 0.3, 1.0, 1e-300, 1e15, Math.nextUp(1.0)));
  }
}
