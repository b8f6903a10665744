package io.lodestar.pmo.engine.risk.exposure;

import java.util.SplittableRandom;

/**
 * PERT impacts a + (b − a)·X with X ~ Beta(α, β), α = 1 + 4(m − a)/(b − a), β = 1 + 4(b − m)/(b −
 * a) = 6 − α, drawn exactly with one {@code nextLong} in about 99 % of draws.
 *
 * <h2>Method: histogram plus remainder</h2>
 *
 * <p>[0, 1] is cut into {@value #BINS} equal bins. Beta with α, β ≥ 1 is unimodal, so on each bin
 * its density f lies between the smaller of its values at the bin's ends ("floor") and the larger
 * of them, or f(mode) in the bin holding the mode ("ceiling"). That splits f exactly into
 *
 * <ul>
 *   <li>a histogram h (height floor on each bin), of mass S ≈ 0.99, and
 *   <li>a remainder f − h ≥ 0 of mass 1 − S.
 * </ul>
 *
 * <p>The {@value #BINS} bins and the remainder are the 256 outcomes of a Walker alias table (built
 * with Vose's method in exact integer units of 2⁻³², so that each outcome's probability is exactly
 * what the table realises and the remainder takes up precisely what the rounded-down bins leave).
 * One {@code nextLong} gives the column (top 8 bits), a 24-bit fraction that decides between the
 * column's own outcome and its alias (bits 32..55), and, independent of both, the position inside
 * the chosen bin (the low 32 bits, the midpoint of one of 2³² equal cells): a histogram draw costs
 * one random number, two table reads and one fused multiply-add, and no per-column scaling, so
 * building the table needs no division. The cell midpoints put the draw's distribution function
 * within 2⁻³² (relative to the bin's probability) of the histogram's. When the remainder is chosen
 * (about 1 % of draws), a point is drawn uniformly between floor and ceiling of a bin picked in
 * proportion to ceiling − floor (through a guide table) and accepted if it lies under f. Because
 * Beta with α, β ≥ 1 is log-concave, f lies above a straight line through each bin (the tangent, at
 * the bin's lower end, of the geometric interpolation of its end values), so most points are
 * accepted without evaluating f. In {@link #addDraws} the histogram draws come from a stream split
 * off the given one and the remainder draws, made after them, from the given stream; that keeps the
 * rare path out of the hot loop.
 *
 * <p>The normalising constant B(α, 6 − α) is exact in closed form: Γ(α)Γ(6 − α) = Π(i − α) ·
 * π/sin(πα) for i = 1..5 by the reflection formula, evaluated around the nearest integer so that it
 * stays accurate there. Floors are lowered and ceilings raised by 10⁻¹² (relative) so that rounding
 * in f cannot make them cross it. The result is Beta-distributed up to floating-point rounding; the
 * range is scaled by {@link ImpactSampler#SHRINK} so that a draw never rounds outside [a, b].
 *
 * <p>An instance is a reusable workspace: {@link #configure} rebuilds the tables (about 255
 * exponentials and an O(256) table build) for a new estimate, so one instance serves every risk of
 * a simulation without allocating. Not thread-safe.
 */
final class PertSampler implements ImpactSampler {

  /** Number of histogram bins; with the remainder that makes 256 alias outcomes. */
  static final int BINS = 255;

  private static final int COLUMNS = BINS + 1;
  private static final int REMAINDER = BINS;
  private static final double BIN_WIDTH = 1.0 / BINS;
  private static final int COLUMN_SHIFT = 56;

  /** A column's outcomes are decided in units of 2⁻²⁴ of the column (bits 32..55). */
  private static final int KEEP_SHIFT = 32;

  private static final int KEEP_MASK = (1 << 24) - 1;
  private static final long COLUMN_UNITS = 1L << 24;

  /** The whole distribution in units: {@value #COLUMNS} columns of 2²⁴ units each, 2³². */
  private static final long TOTAL_UNITS = COLUMNS * COLUMN_UNITS;

  private static final double UNIT_PROBABILITY = 0x1.0p-32;

  /** A bin width over 2³²: the step of the position inside a bin given by the low 32 bits. */
  private static final double POSITION_STEP = BIN_WIDTH * 0x1.0p-32;

  /**
   * Where the low 32 bits, read as a signed int k, put the draw inside bin j: at j·w + (k + 2³¹ +
   * ½)·w/2³², the midpoint of one of 2³² equal cells, so strictly inside the bin.
   */
  private static final double POSITION_OFFSET = (0x1.0p31 + 0.5) * POSITION_STEP;

  /** The position that marks "the remainder was chosen"; every real position is at least 0. */
  private static final double REMAINDER_MARK = -2.0;

  private static final double FLOOR_FACTOR = 1.0 - 1e-12;
  private static final double CEILING_FACTOR = 1.0 + 1e-12;

  /** ln(j / BINS) for j = 0..BINS: the grid's logarithms, shared by every shape. */
  private static final double[] LOG_GRID = new double[BINS + 1];

  /** BINS / j and BINS / (BINS − j) for j = 1..BINS − 1: 1/x and 1/(1 − x) on the grid. */
  private static final double[] INVERSE_GRID = new double[BINS + 1];

  private static final double[] INVERSE_COMPLEMENT = new double[BINS + 1];

  /** Where each outcome's draws start on [0, 1], plus POSITION_OFFSET; the remainder's mark. */
  private static final double[] OUTCOME_BASE = new double[COLUMNS];

  static {
    for (int j = 0; j < BINS; j++) {
      OUTCOME_BASE[j] = j * BIN_WIDTH + POSITION_OFFSET;
    }
    OUTCOME_BASE[REMAINDER] = REMAINDER_MARK;
    for (int j = 0; j <= BINS; j++) {
      LOG_GRID[j] = Math.log((double) j / BINS);
      INVERSE_GRID[j] = (double) BINS / j;
      INVERSE_COMPLEMENT[j] = (double) BINS / (BINS - j);
    }
  }

  // Alias table: column c keeps its own outcome when bits 32..55 are below keepBelow[c] (units of
  // 2⁻²⁴ of the column), else takes its alias; outcomeBase[2c] and outcomeBase[2c + 1] are where
  // the own outcome's and the alias's bins start on [0, 1] plus POSITION_OFFSET (REMAINDER_MARK
  // for the remainder).
  private final int[] keepBelow = new int[COLUMNS];
  private final int[] aliasOf = new int[COLUMNS];
  private final double[] outcomeBase = new double[2 * COLUMNS];

  // Remainder: envelope and squeeze line per bin, running sums of the envelope, and a guide
  // table into those sums.
  private final double[] floor = new double[BINS];
  private final double[] ceiling = new double[BINS];
  private final double[] cumulative = new double[BINS];
  private final double[] squeezeBase = new double[BINS];
  private final double[] squeezeSlope = new double[BINS];
  private final double[] hullBase = new double[BINS];
  private final double[] hullSlope = new double[BINS];
  private final int[] guide = new int[COLUMNS];
  private double remainderEnvelope;

  // Scratch for building.
  private final double[] gridDensity = new double[BINS + 1];
  private final double[] gridLogDensity = new double[BINS + 1];
  private final long[] units = new long[COLUMNS];
  private final int[] small = new int[COLUMNS];
  private final int[] large = new int[COLUMNS];
  private int[] deferred = new int[0];

  private double min;
  private double range; // (max − min)·SHRINK, so that min + range·X never rounds above max
  private double alphaMinusOne;
  private double betaMinusOne;
  private double inverseBeta;

  /** Creates an unconfigured workspace; call {@link #configure} before drawing. */
  PertSampler() {}

  /** Creates a sampler configured for {@code estimate} ({@code min < max}). */
  PertSampler(ThreePointEstimate estimate) {
    configure(estimate);
  }

  /**
   * Rebuilds the tables for {@code estimate}.
   *
   * @param estimate a non-fixed estimate ({@code min < max})
   * @return this
   */
  PertSampler configure(ThreePointEstimate estimate) {
    double a = estimate.min();
    double b = estimate.max();
    if (!(a < b)) {
      throw new IllegalArgumentException("estimate must not be fixed: " + estimate);
    }
    double modeFraction = Math.min(1.0, Math.max(0.0, (estimate.mostLikely() - a) / (b - a)));
    this.min = a;
    this.range = (b - a) * ImpactSampler.SHRINK;
    this.alphaMinusOne = 4.0 * modeFraction;
    this.betaMinusOne = 4.0 - alphaMinusOne;
    this.inverseBeta = 1.0 / betaFunction(1.0 + alphaMinusOne);
    buildEnvelopes(modeFraction);
    buildAliasTable();
    buildCumulative();
    buildGuide();
    return this;
  }

  /** The α shape parameter of the underlying Beta (β = 6 − α). */
  double alpha() {
    return 1.0 + alphaMinusOne;
  }

  @Override
  public double sample(SplittableRandom random) {
    return min + range * unitDraw(random, random.nextLong());
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
    int[] keep = keepBelow;
    double[] positions = outcomeBase;
    double a = min;
    double w = range;
    // The histogram draws come from a stream split off the risk's stream, the remainder draws
    // from the risk's stream itself: with the two kept apart the JIT compiles the hot loop the
    // same way on every run (sharing one stream made it 20 % slower in some JVM runs).
    SplittableRandom histogramRandom = random.split();
    int[] deferred = deferredTrials(totals.length);
    int deferredCount = 0;
    double sum = 0.0;
    double sumOfSquares = 0.0;
    // Software-pipelined: each step looks the next draw up in the tables while it adds the
    // current one, so that the look-ups' latency overlaps the additions (about a quarter faster).
    // The look-ahead after the last trial is drawn and not used; every trial still gets the same
    // histogram draw as without the pipeline.
    double unit = histogramUnit(histogramRandom.nextLong(), keep, positions);
    for (int word = 0; word < occurrences.length; word++) {
      long marks = occurrences[word];
      int base = word << 6;
      if (marks == -1L) {
        // Every trial of the word occurred (always so for a certain risk): no bit scanning.
        for (int trial = base; trial < base + Long.SIZE; trial++) {
          double next = histogramUnit(histogramRandom.nextLong(), keep, positions);
          if (unit < 0.0) {
            deferred[deferredCount++] = trial;
          } else {
            double x = a + w * unit;
            totals[trial] += x;
            double deviation = x - centre;
            sum += deviation;
            sumOfSquares += deviation * deviation;
          }
          unit = next;
        }
        continue;
      }
      while (marks != 0) {
        int trial = base + Long.numberOfTrailingZeros(marks);
        marks &= marks - 1;
        double next = histogramUnit(histogramRandom.nextLong(), keep, positions);
        if (unit < 0.0) {
          // The remainder is drawn after the loop: a call here would be inlined by the JIT
          // and slow down the other 99 % of draws.
          deferred[deferredCount++] = trial;
        } else {
          double x = a + w * unit;
          totals[trial] += x;
          double deviation = x - centre;
          sum += deviation;
          sumOfSquares += deviation * deviation;
        }
        unit = next;
      }
    }
    for (int d = 0; d < deferredCount; d++) {
      double x = a + w * remainder(random);
      totals[deferred[d]] += x;
      double deviation = x - centre;
      sum += deviation;
      sumOfSquares += deviation * deviation;
    }
    deviationSums[slot] += sum;
    squaredDeviationSums[slot] += sumOfSquares;
  }

  /**
   * The histogram part of a draw from {@code bits}, without a branch: the position on [0, 1] of a
   * histogram draw, or {@link #REMAINDER_MARK} when the remainder was chosen.
   */
  private static double histogramUnit(long bits, int[] keep, double[] positions) {
    int column = (int) (bits >>> COLUMN_SHIFT);
    int fraction = (int) (bits >>> KEEP_SHIFT) & KEEP_MASK;
    // 1 when the fraction is at or above the threshold (take the alias), else 0; no branch.
    int useAlias = (keep[column] - 1 - fraction) >>> 31;
    // The low 32 bits are independent of the outcome: the position inside the outcome's bin.
    return Math.fma((int) bits, POSITION_STEP, positions[2 * column + useAlias]);
  }

  /** A buffer for the trials whose draw fell in the remainder, at most one per trial. */
  private int[] deferredTrials(int trials) {
    if (deferred.length < trials) {
      deferred = new int[trials];
    }
    return deferred;
  }

  /**
   * Draws X ~ Beta(α, β) from {@code bits}, and more random numbers if it hits the remainder. X is
   * in [0, 1 + 2⁻⁵⁰]: never negative, and above 1 by rounding only.
   */
  double unitDraw(SplittableRandom random, long bits) {
    double unit = histogramUnit(bits, keepBelow, outcomeBase);
    return unit < 0.0 ? remainder(random) : unit;
  }

  /** The probability of the histogram part: how often a draw needs one random number only. */
  double histogramMass() {
    double mass = 0.0;
    for (int j = 0; j < BINS; j++) {
      mass += floor[j] * BIN_WIDTH;
    }
    return mass;
  }

  /**
   * How many of the alias table's 2³² units draw {@code outcome} (a bin, or {@value #BINS} for the
   * remainder): its probability is exactly that times 2⁻³².
   */
  long outcomeUnits(int outcome) {
    long total = 0;
    for (int c = 0; c < COLUMNS; c++) {
      if (c == outcome) {
        total += keepBelow[c];
      }
      if (aliasOf[c] == outcome) {
        total += COLUMN_UNITS - keepBelow[c];
      }
    }
    return total;
  }

  /** The histogram's height on {@code bin}: what the alias table draws there, per unit length. */
  double histogramHeight(int bin) {
    return floor[bin];
  }

  /** The squeeze of {@code bin} at {@code offset} bin widths from its lower end: at most f. */
  double squeezeAt(int bin, double offset) {
    return squeezeBase[bin] + squeezeSlope[bin] * offset;
  }

  /** The hull of {@code bin} at {@code offset} bin widths from its lower end: at least f. */
  double hullAt(int bin, double offset) {
    return hullBase[bin] + hullSlope[bin] * offset;
  }

  /** The Beta(α, β) density at {@code x} in [0, 1]. */
  double density(double x) {
    return Math.exp(power(alphaMinusOne, Math.log(x)) + power(betaMinusOne, Math.log(1.0 - x)))
        * inverseBeta;
  }

  private double remainder(SplittableRandom random) {
    while (true) {
      double u = random.nextDouble();
      double t = u * remainderEnvelope;
      // The smallest bin whose running sum exceeds t, starting from the guide's estimate.
      int bin = guide[(int) (u * COLUMNS)];
      while (bin > 0 && cumulative[bin - 1] > t) {
        bin--;
      }
      while (bin < BINS - 1 && cumulative[bin] <= t) {
        bin++;
      }
      double offset = random.nextDouble();
      double x = (bin + offset) * BIN_WIDTH;
      double y = floor[bin] + random.nextDouble() * (ceiling[bin] - floor[bin]);
      // Under the log-concavity squeeze the point is under f, above the hull it is over f:
      // either way without evaluating f, which only the thin band between them needs.
      if (y <= squeezeAt(bin, offset)) {
        return x;
      }
      if (y <= hullAt(bin, offset) && y <= density(x)) {
        return x;
      }
    }
  }

  private void buildEnvelopes(double modeFraction) {
    for (int j = 0; j <= BINS; j++) {
      double exponent = power(alphaMinusOne, LOG_GRID[j]) + power(betaMinusOne, LOG_GRID[BINS - j]);
      gridLogDensity[j] = exponent;
      gridDensity[j] = Math.exp(exponent) * inverseBeta;
    }
    int modeBin = Math.min(BINS - 1, (int) (modeFraction * BINS));
    for (int j = 0; j < BINS; j++) {
      double left = gridDensity[j];
      double right = gridDensity[j + 1];
      double high = Math.max(left, right);
      if (j == modeBin) {
        high = Math.max(high, density(modeFraction));
      }
      floor[j] = Math.min(left, right) * FLOOR_FACTOR;
      ceiling[j] = high * CEILING_FACTOR;
      // Beta with α, β ≥ 1 is log-concave, so on the bin f lies above the geometric
      // interpolation of its end values, and that above its tangent at the lower end:
      // f ≥ low·(1 + s·ln(high/low)), s the distance from the lower end in bin widths.
      double low = Math.min(left, right);
      double lift = low > 0.0 ? low * Math.abs(gridLogDensity[j + 1] - gridLogDensity[j]) : 0.0;
      if (right >= left) {
        squeezeBase[j] = low * FLOOR_FACTOR;
        squeezeSlope[j] = lift * FLOOR_FACTOR;
      } else {
        squeezeBase[j] = (low + lift) * FLOOR_FACTOR;
        squeezeSlope[j] = -lift * FLOOR_FACTOR;
      }
      buildHull(j, j == modeBin, left, right);
    }
  }

  /** Running sums of the remainder's envelope, over the floors the alias table realised. */
  private void buildCumulative() {
    double running = 0.0;
    for (int j = 0; j < BINS; j++) {
      running += ceiling[j] - floor[j];
      cumulative[j] = running;
    }
    remainderEnvelope = running;
  }

  /**
   * The hull of bin j: a line over f on the bin, f ≤ hullBase + hullSlope·s (s the distance from
   * the bin's lower end in bin widths). Off the mode's bin f is monotone; with h its value at the
   * higher end and g the slope of ln f there (away from that end ln f falls at least as fast as g
   * says, ln f being concave), f(x) ≤ h·e^(−|g|·d), d the distance from the higher end. On the bin
   * e^(−|g|·d) lies under its chord (it is convex), whose value at the far end e^(−|g|w) is at most
   * 1/(1 + |g|w). The mode's bin keeps the flat ceiling. Raised by 10⁻¹² like the ceilings.
   */
  private void buildHull(int j, boolean holdsMode, double left, double right) {
    if (holdsMode) {
      hullBase[j] = ceiling[j];
      hullSlope[j] = 0.0;
      return;
    }
    boolean rising = right >= left;
    int end = rising ? j + 1 : j; // the grid index of the higher end, strictly inside (0, 1)
    double logSlope = alphaMinusOne * INVERSE_GRID[end] - betaMinusOne * INVERSE_COMPLEMENT[end];
    // Rounding, or a mode a hair off its computed bin, may give the wrong sign: then use 0 (flat).
    double fall = Math.max(0.0, rising ? logSlope : -logSlope) * BIN_WIDTH;
    double farEnd = 1.0 / (1.0 + fall); // ≥ e^(−fall)
    double high = Math.max(left, right) * CEILING_FACTOR;
    if (rising) {
      hullBase[j] = high * farEnd;
      hullSlope[j] = high * (1.0 - farEnd);
    } else {
      hullBase[j] = high;
      hullSlope[j] = -high * (1.0 - farEnd);
    }
  }

  /**
   * Vose's alias table in exact integer units: bin j gets ⌊floor_j·w·2³²⌋ units of the 2³², the
   * remainder the rest, and the pairing moves whole units, so every outcome's probability is
   * exactly its units·2⁻³². The floors are then lowered to the heights the units realise, which the
   * remainder's envelope starts from: histogram plus remainder is f exactly.
   */
  private void buildAliasTable() {
    long histogram = 0;
    for (int j = 0; j < BINS; j++) {
      units[j] = (long) (floor[j] * (BIN_WIDTH * 0x1.0p32)); // truncation: never above the floor
      histogram += units[j];
    }
    if (histogram > TOTAL_UNITS) {
      throw new IllegalStateException("histogram mass above 1 for alpha " + alpha());
    }
    units[REMAINDER] = TOTAL_UNITS - histogram;
    for (int j = 0; j < BINS; j++) {
      floor[j] = units[j] * (UNIT_PROBABILITY / BIN_WIDTH);
    }
    int smallCount = 0;
    int largeCount = 0;
    for (int i = 0; i < COLUMNS; i++) {
      if (units[i] < COLUMN_UNITS) {
        small[smallCount++] = i;
      } else {
        large[largeCount++] = i;
      }
    }
    long[] left = units; // consumed in place: what each outcome still has to place
    while (smallCount > 0 && largeCount > 0) {
      int poor = small[--smallCount];
      int rich = large[largeCount - 1];
      setColumn(poor, (int) left[poor], rich);
      left[rich] -= COLUMN_UNITS - left[poor];
      if (left[rich] < COLUMN_UNITS) {
        largeCount--;
        small[smallCount++] = rich;
      }
    }
    // Integer arithmetic: whatever is left holds exactly one column's worth.
    while (largeCount > 0) {
      int i = large[--largeCount];
      setColumn(i, (int) COLUMN_UNITS, i);
    }
    while (smallCount > 0) {
      int i = small[--smallCount];
      setColumn(i, (int) COLUMN_UNITS, i);
    }
  }

  private void setColumn(int column, int keepUnits, int alias) {
    keepBelow[column] = keepUnits;
    aliasOf[column] = alias;
    outcomeBase[2 * column] = outcomeBase(column);
    outcomeBase[2 * column + 1] = outcomeBase(alias);
  }

  private static double outcomeBase(int outcome) {
    return OUTCOME_BASE[outcome];
  }

  private void buildGuide() {
    int bin = 0;
    for (int i = 0; i < COLUMNS; i++) {
      double target = remainderEnvelope * i * (1.0 / COLUMNS); // exact: COLUMNS is 2⁸
      while (bin < BINS - 1 && cumulative[bin] <= target) {
        bin++;
      }
      guide[i] = bin;
    }
  }

  /** e·ln(v), taking 0·ln(0) as 0 so that shape 1 needs no special case. */
  private static double power(double exponent, double logValue) {
    return exponent == 0.0 ? 0.0 : exponent * logValue;
  }

  /**
   * B(α, 6 − α) for α in [1, 5]: Γ(α)Γ(6 − α)/Γ(6) with Γ(α)Γ(6 − α) = Π_{i=1..5, i≠k}(i − α) ·
   * (−1)^(k+1) · πδ/sin(πδ), where k is the integer nearest α and δ = α − k (exact).
   */
  static double betaFunction(double alpha) {
    int k = (int) Math.rint(alpha);
    double delta = alpha - k;
    double product = 1.0;
    for (int i = 1; i <= 5; i++) {
      if (i != k) {
        product *= i - alpha;
      }
    }
    double reflection = delta == 0.0 ? 1.0 : Math.PI * delta / Math.sin(Math.PI * delta);
    double sign = (k & 1) == 1 ? 1.0 : -1.0;
    return sign * product * reflection / 120.0;
  }
}
