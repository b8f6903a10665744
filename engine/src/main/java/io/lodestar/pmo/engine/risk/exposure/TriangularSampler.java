package io.lodestar.pmo.engine.risk.exposure;

import java.util.SplittableRandom;

/**
 * Triangular impacts on [a, b] with mode m, without a square root: with U, V independent uniforms
 * on [0, 1] and c = (m − a)/(b − a), the point (min(U, V), max(U, V)) is uniform on the triangle
 * with corners (0, 0), (0, 1), (1, 1), and the linear form (1 − c)·x + c·y takes the values 0, c
 * and 1 at those corners; a linear form of a uniform point of a triangle is triangular with the
 * corner values as minimum, mode and maximum, so
 *
 * <pre>  X = a + (b − a)·((1 − c)·min(U, V) + c·max(U, V))  ~  Triangular(a, m, b)</pre>
 *
 * exactly (Stein and Keblis, "A new method to simulate the triangular distribution", Mathematical
 * and Computer Modelling 49, 2009). Both uniforms come from one {@code nextLong}: its two 32-bit
 * halves, read as signed ints i and j, give U = (i + 2³¹ + ½)/2³² and V = (j + 2³¹ + ½)/2³², each
 * one of the midpoints of 2³² equal cells of [0, 1] with equal probability. The sample is therefore
 * exact up to that resolution: the distribution function differs from the triangular one by less
 * than 2⁻³¹ anywhere, some 10⁶ times below the sampling error of the largest simulation allowed
 * ({@link SimulationSettings#MAX_TRIALS} trials). A draw costs one random number, two conversions,
 * a sum, an absolute difference and three fused multiply-adds, with no branch (see {@link #unit});
 * the inverse-CDF method it replaces needed a square root per draw, which was most of the
 * simulation's time.
 *
 * <p>The unit draw T = (1 − c)·U' + c·V' (U' ≤ V' the sorted uniforms) lies in [2⁻³³, 1 − 2⁻³³],
 * far enough inside [0, 1] that rounding cannot carry it out, and the range it scales is shrunk by
 * {@link ImpactSampler#SHRINK}, so a + range·T never rounds outside [a, b] and no draw is clamped.
 */
final class TriangularSampler implements ImpactSampler {

  /** (2³¹ + ½)/2³²: the cell midpoints' offset when the halves are read as signed ints. */
  private static final double MIDPOINT_OFFSET = (0x1.0p31 + 0.5) * 0x1.0p-32;

  /** ½·2⁻³²: the weight of the sum of the halves. */
  private static final double SUM_WEIGHT = 0x1.0p-33;

  private final double min;
  private final double range;
  private final double skew;

  /** Requires a non-fixed estimate ({@code min < max}). */
  TriangularSampler(ThreePointEstimate estimate) {
    double a = estimate.min();
    double m = estimate.mostLikely();
    double b = estimate.max();
    if (!(a < b)) {
      throw new IllegalArgumentException("estimate must not be fixed: " + estimate);
    }
    double c = Math.min(1.0, Math.max(0.0, (m - a) / (b - a)));
    this.min = a;
    this.range = (b - a) * ImpactSampler.SHRINK;
    this.skew = (c - 0.5) * 0x1.0p-32;
  }

  @Override
  public double sample(SplittableRandom random) {
    return Math.fma(range, unit(random.nextLong(), skew), min);
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
    double a = min;
    double w = range;
    double k = skew;
    double sum = 0.0;
    double sumOfSquares = 0.0;
    for (int word = 0; word < occurrences.length; word++) {
      long marks = occurrences[word];
      int base = word << 6;
      if (marks == -1L) {
        // Every trial of the word occurred (always so for a certain risk): no bit scanning.
        for (int trial = base; trial < base + Long.SIZE; trial++) {
          double x = Math.fma(w, unit(random.nextLong(), k), a);
          totals[trial] += x;
          double deviation = x - centre;
          sum += deviation;
          sumOfSquares = Math.fma(deviation, deviation, sumOfSquares);
        }
        continue;
      }
      while (marks != 0) {
        int trial = base + Long.numberOfTrailingZeros(marks);
        marks &= marks - 1;
        double x = Math.fma(w, unit(random.nextLong(), k), a);
        totals[trial] += x;
        double deviation = x - centre;
        sum += deviation;
        sumOfSquares = Math.fma(deviation, deviation, sumOfSquares);
      }
    }
    deviationSums[slot] += sum;
    squaredDeviationSums[slot] += sumOfSquares;
  }

  /**
   * T = (1 − c)·min(U, V) + c·max(U, V) from the halves of {@code bits}, in [2⁻³³, 1 − 2⁻³³];
   * {@code skew} is (c − ½)·2⁻³².
   *
   * <p>The halves are read as signed ints i, j, so U = (i + 2³¹ + ½)/2³², and since min + max = U +
   * V and max − min = |U − V|, T = (2³¹ + ½)/2³² + 2⁻³³·(i + j) + (c − ½)·2⁻³²·|i − j|. The sum and
   * difference of two ints are exact in a double, so this has no branch, no comparison and only two
   * rounded operations (fused multiply-adds), whose error of about 10⁻¹⁶ cannot carry T out of
   * [2⁻³³, 1 − 2⁻³³].
   */
  static double unit(long bits, double skew) {
    double i = (int) (bits >>> 32);
    double j = (int) bits;
    return Math.fma(SUM_WEIGHT, i + j, Math.fma(skew, Math.abs(i - j), MIDPOINT_OFFSET));
  }
}
