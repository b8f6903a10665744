package io.lodestar.pmo.engine.risk.exposure;

import java.util.SplittableRandom;

/** The "sampler" of a fixed estimate (min == max): always the constant, with no random draw. */
final class FixedImpactSampler implements ImpactSampler {

  private final double value;

  FixedImpactSampler(double value) {
    this.value = value;
  }

  @Override
  public double sample(SplittableRandom random) {
    return value;
  }

  @Override
  public void addDraws(
      SplittableRandom random,
      long[] occurrences,
      double[] totals,
      double centre,
      double[] deviationSums,
      double[] squaredDeviationSums,
      int slot) {
    long count = 0;
    for (int word = 0; word < occurrences.length; word++) {
      long marks = occurrences[word];
      count += Long.bitCount(marks);
      int base = word << 6;
      while (marks != 0) {
        totals[base + Long.numberOfTrailingZeros(marks)] += value;
        marks &= marks - 1;
      }
    }
    double deviation = value - centre;
    deviationSums[slot] += count * deviation;
    squaredDeviationSums[slot] += count * deviation * deviation;
  }
}
