package io.lodestar.pmo.engine.risk.exposure;

import java.util.SplittableRandom;

/**
 * Draws impacts from one three-point estimate. Implementations precompute their constants once, so
 * a draw does no allocation and no division by the estimate's range.
 */
sealed interface ImpactSampler permits FixedImpactSampler, TriangularSampler, PertSampler {

  /**
   * Returns the sampler for {@code estimate} under {@code distribution}; a fixed estimate (min ==
   * max) gets a sampler that returns the constant and draws nothing.
   */
  static ImpactSampler of(ThreePointEstimate estimate, ImpactDistribution distribution) {
    if (estimate.isFixed()) {
      return new FixedImpactSampler(estimate.min());
    }
    return switch (distribution) {
      case TRIANGULAR -> new TriangularSampler(estimate);
      case PERT -> new PertSampler(estimate);
    };
  }

  /** Draws one impact, in [min, max] of the estimate. */
  double sample(SplittableRandom random);

  /**
   * Draws one impact for each trial marked in {@code occurrences}, in increasing trial order, adds
   * it to that trial's total, and adds the draws' deviations from {@code centre} to the running
   * sums of the risk at {@code slot}.
   *
   * @param occurrences bit i of word w set when trial 64·w + i occurred; every marked trial is a
   *     valid index of {@code totals}
   * @param centre the point deviations are measured from (the analytic mean keeps the sums small)
   * @param deviationSums receives Σ(x − centre) at {@code slot}
   * @param squaredDeviationSums receives Σ(x − centre)² at {@code slot}
   */
  void addDraws(
      SplittableRandom random,
      long[] occurrences,
      double[] totals,
      double centre,
      double[] deviationSums,
      double[] squaredDeviationSums,
      int slot);

  /**
   * 1 − 2⁻⁴⁸: the factor by which samplers shrink the ranges they scale by, so that rounding can
   * never carry a draw outside [min, max] and no draw needs clamping. It moves quantiles by a few
   * parts in 10¹⁵ of the range, far below any sampling error.
   */
  double SHRINK = 1.0 - 0x1.0p-48;
}
