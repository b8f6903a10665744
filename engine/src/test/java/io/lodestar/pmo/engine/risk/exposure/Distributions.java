package io.lodestar.pmo.engine.risk.exposure;

import java.util.Arrays;

/** Exact CDFs and a Kolmogorov–Smirnov statistic, as oracles for the samplers. */
final class Distributions {

  private Distributions() {}

  /** The triangular CDF on [a, b] with mode m. */
  static double triangularCdf(ThreePointEstimate e, double x) {
    double a = e.min();
    double m = e.mostLikely();
    double b = e.max();
    if (x <= a) {
      return 0.0;
    }
    if (x >= b) {
      return 1.0;
    }
    if (x <= m) {
      return (x - a) * (x - a) / ((b - a) * (m - a));
    }
    return 1.0 - (b - x) * (b - x) / ((b - a) * (b - m));
  }

  /** The PERT CDF: the regularised incomplete beta I_u(α, β) at u = (x − a)/(b − a). */
  static double pertCdf(ThreePointEstimate e, double x) {
    double alpha = 1.0 + 4.0 * (e.mostLikely() - e.min()) / (e.max() - e.min());
    double u = (x - e.min()) / (e.max() - e.min());
    return regularisedIncompleteBeta(alpha, 6.0 - alpha, u);
  }

  /**
   * I_x(α, β) by the binomial series ∫₀ˣ t^(α−1)(1−t)^(β−1) dt = Σ_k C(β−1, k)(−1)^k x^(α+k)/(α+k),
   * used for x ≤ 1/2 (and by symmetry above), normalised by the same series at 1/2 from both sides.
   * Independent of the reflection formula used by {@link PertSampler#betaFunction}.
   */
  static double regularisedIncompleteBeta(double alpha, double beta, double x) {
    if (x <= 0.0) {
      return 0.0;
    }
    if (x >= 1.0) {
      return 1.0;
    }
    double total = betaBySeries(alpha, beta);
    if (x <= 0.5) {
      return partialIntegral(alpha, beta, x) / total;
    }
    return 1.0 - partialIntegral(beta, alpha, 1.0 - x) / total;
  }

  /** B(α, β) = ∫₀^½ t^(α−1)(1−t)^(β−1) dt + ∫₀^½ t^(β−1)(1−t)^(α−1) dt, both by the series. */
  static double betaBySeries(double alpha, double beta) {
    return partialIntegral(alpha, beta, 0.5) + partialIntegral(beta, alpha, 0.5);
  }

  private static double partialIntegral(double alpha, double beta, double x) {
    double coefficient = 1.0; // C(β − 1, k)(−1)^k
    double power = Math.pow(x, alpha);
    double sum = 0.0;
    for (int k = 0; k < 200; k++) {
      sum += coefficient * power / (alpha + k);
      coefficient *= -(beta - 1.0 - k) / (k + 1);
      power *= x;
    }
    return sum;
  }

  /** The Kolmogorov–Smirnov distance between a sample and a CDF. */
  static double ksDistance(double[] sample, java.util.function.DoubleUnaryOperator cdf) {
    double[] sorted = sample.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    double distance = 0.0;
    for (int i = 0; i < n; i++) {
      double f = cdf.applyAsDouble(sorted[i]);
      distance = Math.max(distance, Math.max((i + 1.0) / n - f, f - (double) i / n));
    }
    return distance;
  }

  /** The KS distance exceeded with probability about 10⁻⁴ for a correct sampler. */
  static double ksCriticalValue(int n) {
    return 2.15 / Math.sqrt(n);
  }
}
