package io.lodestar.pmo.engine.risk.exposure;

import java.util.SplittableRandom;

/**
 * Triangular impacts on [a, b] with mode m, by inverting the CDF: with F(m) = (m − a)/(b − a), a
 * uniform u below F(m) maps to a + (b − a)·√(u·F(m)), otherwise to b − (b − a)·√((1 − u)(1 −
 * F(m))). (These are the textbook a + √(u(b − a)(m − a)) and b − √((1 − u)(b − a)(b − m)), written
 * without squaring amounts, so that no estimate can overflow or underflow.) One {@code nextDouble}
 * and one square root per draw.
 *
 * <p>Which side u falls on is random, so a branch on it would be mispredicted about half the time
 * and each misprediction would expose the full latency of the random draw and the square root. The
 * side is therefore chosen with bit masks: C2 compiles a {@code double} conditional to a branch,
 * but integer masks to plain logic.
 */
final class TriangularSampler implements ImpactSampler {

  private static final long SIGN_BIT = 0x8000_0000_0000_0000L;

  private final double modeQuantile;
  private final double upperQuantile;
  private final double range;
  private final long minBits;
  private final long maxBits;

  /** Requires a non-fixed estimate ({@code min < max}). */
  TriangularSampler(ThreePointEstimate estimate) {
    double a = estimate.min();
    double m = estimate.mostLikely();
    double b = estimate.max();
    if (!(a < b)) {
      throw new IllegalArgumentException("estimate must not be fixed: " + estimate);
    }
    this.modeQuantile = (m - a) / (b - a);
    this.upperQuantile = (b - m) / (b - a); // 1 − F(m), without losing digits when m is near b
    // Shrunk so that the root term stays below b − a whatever the rounding: no draw leaves [a, b].
    this.range = (b - a) * ImpactSampler.SHRINK;
    this.minBits = Double.doubleToRawLongBits(a);
    this.maxBits = Double.doubleToRawLongBits(b);
  }

  @Override
  public double sample(SplittableRandom random) {
    return draw(random.nextDouble(), modeQuantile, upperQuantile, range, minBits, maxBits);
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
    double fm = modeQuantile;
    double upper = upperQuantile;
    double w = range;
    long aBits = minBits;
    long bBits = maxBits;
    double sum = 0.0;
    double sumOfSquares = 0.0;
    for (int word = 0; word < occurrences.length; word++) {
      long marks = occurrences[word];
      int base = word << 6;
      while (marks != 0) {
        int trial = base + Long.numberOfTrailingZeros(marks);
        marks &= marks - 1;
        double x = draw(random.nextDouble(), fm, upper, w, aBits, bBits);
        totals[trial] += x;
        double deviation = x - centre;
        sum += deviation;
        sumOfSquares += deviation * deviation;
      }
    }
    deviationSums[slot] += sum;
    squaredDeviationSums[slot] += sumOfSquares;
  }

  /**
   * The inverse CDF at u, in [a, b]; {@code aBits}, {@code bBits} are the raw bits of a and b.
   *
   * <p>It stays in [a, b] without clamping: below the mode a + root ≥ a, above it b − root ≤ b, and
   * since u·F(m) ≤ 1, (1 − u)(1 − F(m)) ≤ 1 and the range is shrunk by {@link
   * ImpactSampler#SHRINK}, the root term is below b − a on both sides.
   */
  static double draw(
      double u, double modeQuantile, double upperQuantile, double range, long aBits, long bBits) {
    // All ones when u < F(m) (the sign of u − F(m)), else all zeros.
    long below = Double.doubleToRawLongBits(u - modeQuantile) >> 63;
    long squareBits =
        (below & Double.doubleToRawLongBits(u * modeQuantile))
            | (~below & Double.doubleToRawLongBits((1.0 - u) * upperQuantile));
    double root = range * Math.sqrt(Double.longBitsToDouble(squareBits));
    // a + root below the mode, b − root above it: pick the base and flip the root's sign.
    double base = Double.longBitsToDouble((below & aBits) | (~below & bBits));
    double signedRoot =
        Double.longBitsToDouble(Double.doubleToRawLongBits(root) ^ (~below & SIGN_BIT));
    return base + signedRoot;
  }
}
