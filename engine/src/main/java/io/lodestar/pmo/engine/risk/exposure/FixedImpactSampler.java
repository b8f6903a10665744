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
      int[] trials,
      int count,
      double[] totals,
      double centre,
      double[] deviationSums,
      double[] squaredDeviationSums,
      int slot) {
    for (int j = 0; j < count; j++) {
      totals[trials[j]] += value;
    }
    double deviation = value - centre;
    deviationSums[slot] += count * deviation;
    squaredDeviationSums[slot] += count * deviation * deviation;
  }
}
