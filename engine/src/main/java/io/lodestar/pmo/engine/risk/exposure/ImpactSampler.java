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
   * Draws one impact for each of the first {@code count} trials listed in {@code trials}, adds it
   * to that trial's total, and adds the draws' deviations from {@code centre} to the running sums
   * of the risk at {@code slot}.
   *
   * @param trials trial indices, each a valid index of {@code totals}
   * @param centre the point deviations are measured from (the analytic mean keeps the sums small)
   * @param deviationSums receives Σ(x − centre) at {@code slot}
   * @param squaredDeviationSums receives Σ(x − centre)² at {@code slot}
   */
  void addDraws(
      SplittableRandom random,
      int[] trials,
      int count,
      double[] totals,
      double centre,
      double[] deviationSums,
      double[] squaredDeviationSums,
      int slot);

  /**
   * Clamps x to [a, b] (0 ≤ a ≤ b) through the raw bits, given as {@code aBits} and {@code bBits}:
   * the order of non-negative doubles is the order of their bit patterns, and negative values
   * (including −0.0) have negative patterns, so two integer min/max do it without a branch. It only
   * ever corrects rounding at the ends of the range.
   */
  static double clamp(double x, long aBits, long bBits) {
    return Double.longBitsToDouble(Math.min(bBits, Math.max(aBits, Double.doubleToRawLongBits(x))));
  }
}
