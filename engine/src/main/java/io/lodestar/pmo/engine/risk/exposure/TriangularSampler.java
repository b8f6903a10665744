package io.lodestar.pmo.engine.risk.exposure;

import java.util.SplittableRandom;

/**
 * Triangular impacts on [a, b] with mode m, by inverting the CDF: with F(m) = (m − a)/(b − a), a
 * uniform u below F(m) maps to a + √(u(b − a)(m − a)), otherwise to b − √((1 − u)(b − a)(b − m)).
 * One {@code nextDouble} and one square root per draw.
 */
final class TriangularSampler implements ImpactSampler {

  private final double min;
  private final double max;
  private final double modeQuantile;
  private final double lowerScale;
  private final double upperScale;

  /** Requires a non-fixed estimate (min < max). */
  TriangularSampler(ThreePointEstimate estimate) {
    double a = estimate.min();
    double m = estimate.mostLikely();
    double b = estimate.max();
    if (!(a < b)) {
      throw new IllegalArgumentException("estimate must not be fixed: " + estimate);
    }
    this.min = a;
    this.max = b;
    this.modeQuantile = (m - a) / (b - a);
    this.lowerScale = (b - a) * (m - a);
    this.upperScale = (b - a) * (b - m);
  }

  @Override
  public double sample(SplittableRandom random) {
    return draw(random.nextDouble(), min, max, modeQuantile, lowerScale, upperScale);
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
    double a = min;
    double b = max;
    double fm = modeQuantile;
    double lower = lowerScale;
    double upper = upperScale;
    double sum = 0.0;
    double sumOfSquares = 0.0;
    for (int j = 0; j < count; j++) {
      double x = draw(random.nextDouble(), a, b, fm, lower, upper);
      totals[trials[j]] += x;
      double deviation = x - centre;
      sum += deviation;
      sumOfSquares += deviation * deviation;
    }
    deviationSums[slot] += sum;
    squaredDeviationSums[slot] += sumOfSquares;
  }

  private static double draw(
      double u, double a, double b, double modeQuantile, double lower, double upper) {
    // Both branches are written as selects so that the unpredictable side costs no misprediction.
    boolean below = u < modeQuantile;
    double root = Math.sqrt(below ? u * lower : (1.0 - u) * upper);
    double x = below ? a + root : b - root;
    return Math.min(b, Math.max(a, x)); // rounding must not leave [a, b]
  }
}
