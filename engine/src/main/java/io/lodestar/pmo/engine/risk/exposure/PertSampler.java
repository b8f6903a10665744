package io.lodestar.pmo.engine.risk.exposure;

import java.util.SplittableRandom;

/**
 * PERT impacts: a + (b − a)·B with B ~ Beta(α, β), α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b −
 * a).
 *
 * <p>B is drawn as G₁/(G₁ + G₂) with G₁ ~ Gamma(α), G₂ ~ Gamma(β), each by Marsaglia and Tsang's
 * method: with d = shape − 1/3 and c = 1/√(9d), draw z ~ N(0, 1) and u ~ U(0, 1), set v = (1 +
 * cz)³ and accept d·v when v > 0 and u < 1 − 0.0331z⁴ (the cheap squeeze, taken about 98 % of the
 * time) or log u < z²/2 + d(1 − v + log v). The method is exact for shape ≥ 1, which PERT always
 * has (α, β ∈ [1, 5]). d and c are computed once per estimate.
 */
final class PertSampler implements ImpactSampler {

  private final double min;
  private final double max;
  private final double range;
  private final double alphaD;
  private final double alphaC;
  private final double betaD;
  private final double betaC;

  /** Requires a non-fixed estimate (min < max). */
  PertSampler(ThreePointEstimate estimate) {
    double a = estimate.min();
    double m = estimate.mostLikely();
    double b = estimate.max();
    if (!(a < b)) {
      throw new IllegalArgumentException("estimate must not be fixed: " + estimate);
    }
    this.min = a;
    this.max = b;
    this.range = b - a;
    double alpha = 1.0 + 4.0 * (m - a) / (b - a);
    double beta = 1.0 + 4.0 * (b - m) / (b - a);
    this.alphaD = alpha - 1.0 / 3.0;
    this.alphaC = 1.0 / Math.sqrt(9.0 * alphaD);
    this.betaD = beta - 1.0 / 3.0;
    this.betaC = 1.0 / Math.sqrt(9.0 * betaD);
  }

  /** The α shape parameter of the underlying Beta. */
  double alpha() {
    return alphaD + 1.0 / 3.0;
  }

  /** The β shape parameter of the underlying Beta. */
  double beta() {
    return betaD + 1.0 / 3.0;
  }

  @Override
  public double sample(SplittableRandom random) {
    return draw(random, min, max, range, alphaD, alphaC, betaD, betaC);
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
    double w = range;
    double da = alphaD;
    double ca = alphaC;
    double db = betaD;
    double cb = betaC;
    double sum = 0.0;
    double sumOfSquares = 0.0;
    for (int j = 0; j < count; j++) {
      double x = draw(random, a, b, w, da, ca, db, cb);
      totals[trials[j]] += x;
      double deviation = x - centre;
      sum += deviation;
      sumOfSquares += deviation * deviation;
    }
    deviationSums[slot] += sum;
    squaredDeviationSums[slot] += sumOfSquares;
  }

  /** Draws one Beta(α, β) variate given the Marsaglia–Tsang constants of α and β. */
  static double beta(SplittableRandom random, double alphaD, double alphaC, double betaD, double betaC) {
    double g1 = gamma(random, alphaD, alphaC);
    double g2 = gamma(random, betaD, betaC);
    return g1 / (g1 + g2);
  }

  private static double draw(
      SplittableRandom random,
      double a,
      double b,
      double w,
      double alphaD,
      double alphaC,
      double betaD,
      double betaC) {
    double x = a + w * beta(random, alphaD, alphaC, betaD, betaC);
    return Math.min(b, x); // rounding must not leave [a, b]
  }

  /** Marsaglia–Tsang Gamma(d + 1/3) for d ≥ 2/3, with c = 1/√(9d). */
  static double gamma(SplittableRandom random, double d, double c) {
    while (true) {
      double z = StandardNormal.sample(random);
      double v = 1.0 + c * z;
      if (v <= 0.0) {
        continue;
      }
      v = v * v * v;
      double u = random.nextDouble();
      double z2 = z * z;
      if (u < 1.0 - 0.0331 * z2 * z2) {
        return d * v;
      }
      if (Math.log(u) < 0.5 * z2 + d * (1.0 - v + Math.log(v))) {
        return d * v;
      }
    }
  }
}
