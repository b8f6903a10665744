package io.lodestar.pmo.engine.risk.exposure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Monte Carlo simulation of a risk register's total cost and schedule exposure.
 *
 * <p>In every trial each risk occurs with its probability (a Bernoulli draw); if it occurs, its
 * cost and schedule impacts are drawn independently from their three-point estimates with the
 * chosen {@link ImpactDistribution} and added to that trial's totals. The result reports, per
 * dimension, the nearest-rank P50/P80/P95 of the totals, their mean, standard deviation, minimum
 * and maximum, the closed-form EMV, and each risk's contribution (see {@link RiskContribution}).
 *
 * <p><b>Reproducibility.</b> One {@link SplittableRandom} is seeded with {@link
 * SimulationSettings#seed()} and split once per risk, in register order, so the i-th risk always
 * draws from the same stream whatever the other risks are. A risk's stream first decides occurrence
 * for every trial, then draws the cost impacts of the trials in which it occurred, then the
 * schedule impacts. The same register (same order) and settings therefore give exactly the same
 * result.
 *
 * <p><b>Performance.</b> The work is organised risk by risk: each risk's constants are computed
 * once and stay in registers while its trials run; per-trial totals and per-risk sums are primitive
 * arrays, so a draw neither boxes nor allocates. Occurrence is decided without a branch, by marking
 * the trials in which the risk occurs in a bit set; impacts are then drawn only for those trials.
 *
 * <p>Instances are stateless and safe to share between threads; a call uses one thread and {@code
 * O(trials + risks)} memory.
 */
public final class ExposureSimulator {

  // Occurrence is decided for four trials per random long, one 16-bit lane each.
  private static final long LANE_MASK = 0xFFFFL;
  private static final long LANE_ONES = 0x0001_0001_0001_0001L;
  private static final long LANE_HIGH_BITS = 0x8000_8000_8000_8000L;

  /** Creates a simulator. */
  public ExposureSimulator() {}

  /**
   * Simulates the exposure of {@code risks}.
   *
   * @param risks the register, not null, no null elements, keys unique; may be empty (every figure
   *     of the result is then zero)
   * @param settings trials, seed and distribution, not null
   * @return the simulated exposure, never null
   * @throws IllegalArgumentException if an argument is null, the register contains a null element,
   *     or two risks share a key
   */
  public ExposureResult simulate(List<RiskExposureInput> risks, SimulationSettings settings) {
    if (settings == null) {
      throw new IllegalArgumentException("settings must not be null");
    }
    List<RiskExposureInput> register = validatedRegister(risks);
    int trials = settings.trials();
    ImpactDistribution distribution = settings.distribution();

    Accumulator cost = new Accumulator(ExposureDimension.COST, register, distribution, trials);
    Accumulator schedule =
        new Accumulator(ExposureDimension.SCHEDULE, register, distribution, trials);
    int[] occurrences = new int[register.size()];
    long[] occurredTrials = new long[(trials + Long.SIZE - 1) / Long.SIZE];
    SplittableRandom root = new SplittableRandom(settings.seed());

    for (int i = 0; i < register.size(); i++) {
      SplittableRandom random = root.split();
      RiskExposureInput risk = register.get(i);
      if (risk.probability() == 0.0 || (risk.cost() == null && risk.schedule() == null)) {
        continue; // nothing can happen; the stream is still split so later risks keep theirs
      }
      int count = drawOccurrences(random, risk.probability(), trials, occurredTrials);
      occurrences[i] = count;
      cost.addDraws(i, random, occurredTrials, count);
      schedule.addDraws(i, random, occurredTrials, count);
    }

    return new ExposureResult(
        trials,
        settings.seed(),
        distribution,
        cost.summarise(occurrences),
        schedule.summarise(occurrences));
  }

  /**
   * Decides occurrence for every trial: sets bit i of {@code occurrences[w]} when the risk occurs
   * in trial 64·w + i, and clears the bits of trials beyond {@code trials}.
   *
   * <p>Each {@code nextLong()} decides four trials, one with each 16-bit lane h: the trial's
   * uniform is U = (h + V)/2¹⁶ with V uniform on [0, 1), and the risk occurs when {@code U < p}.
   * Writing p·2¹⁶ = T + φ (T an integer, φ in [0, 1), both exact since p is only scaled by a power
   * of two), that is {@code h < T}, or {@code h == T && V < φ}. Only in a tie, which a word-wide
   * bit test detects and which happens with probability 2⁻¹⁶ per trial, is V drawn; so the
   * Bernoulli(p) draw is exact while costing a quarter of a random number and no unpredictable
   * branch. A certain risk (p = 1) draws nothing.
   *
   * @return how many trials the risk occurred in
   */
  static int drawOccurrences(SplittableRandom random, double p, int trials, long[] occurrences) {
    int words = occurrences.length;
    if (p >= 1.0) {
      Arrays.fill(occurrences, -1L);
    } else {
      double scaled = p * 0x1.0p16;
      long threshold = (long) Math.floor(scaled); // in [0, 65535]
      double tieFraction = scaled - threshold;
      long thresholdInEveryLane = threshold * LANE_ONES;
      for (int word = 0; word < words; word++) {
        long marks = 0L;
        for (int lane = 0; lane < Long.SIZE; lane += 4) {
          long bits = random.nextLong();
          long same = bits ^ thresholdInEveryLane; // a lane is zero where h == T
          if (((same - LANE_ONES) & ~same & LANE_HIGH_BITS) != 0) {
            marks |= decideTies(random, bits, threshold, tieFraction) << lane;
            continue;
          }
          marks |=
              (((bits & LANE_MASK) - threshold) >>> 63) << lane
                  | ((((bits >>> 16) & LANE_MASK) - threshold) >>> 63) << (lane + 1)
                  | ((((bits >>> 32) & LANE_MASK) - threshold) >>> 63) << (lane + 2)
                  | (((bits >>> 48) - threshold) >>> 63) << (lane + 3);
        }
        occurrences[word] = marks;
      }
    }
    int tail = trials & (Long.SIZE - 1);
    if (tail != 0) {
      occurrences[words - 1] &= (1L << tail) - 1;
    }
    int count = 0;
    for (long marks : occurrences) {
      count += Long.bitCount(marks);
    }
    return count;
  }

  /** The rare path of {@link #drawOccurrences}: some lane equals the threshold. */
  private static long decideTies(
      SplittableRandom random, long bits, long threshold, double tieFraction) {
    long marks = 0L;
    for (int i = 0; i < 4; i++) {
      long h = (bits >>> (16 * i)) & LANE_MASK;
      if (h < threshold || (h == threshold && random.nextDouble() < tieFraction)) {
        marks |= 1L << i;
      }
    }
    return marks;
  }

  private static List<RiskExposureInput> validatedRegister(List<RiskExposureInput> risks) {
    if (risks == null) {
      throw new IllegalArgumentException("risks must not be null");
    }
    List<RiskExposureInput> register = new ArrayList<>(risks.size());
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < risks.size(); i++) {
      RiskExposureInput risk = risks.get(i);
      if (risk == null) {
        throw new IllegalArgumentException("risks[" + i + "] must not be null");
      }
      if (!keys.add(risk.riskKey())) {
        throw new IllegalArgumentException("risks contains riskKey " + risk.riskKey() + " twice");
      }
      register.add(risk);
    }
    return register;
  }

  /** The per-trial totals and per-risk sums of one dimension. */
  private static final class Accumulator {

    private final ExposureDimension dimension;
    private final ImpactDistribution distribution;
    private final List<RiskExposureInput> register;
    private final ThreePointEstimate[] estimates;
    private final double[] centres;
    private final double[] emvs;
    private final double[] deviationSums;
    private final double[] squaredDeviationSums;
    private final double[] totals;
    private PertSampler pertWorkspace;

    Accumulator(
        ExposureDimension dimension,
        List<RiskExposureInput> register,
        ImpactDistribution distribution,
        int trials) {
      int size = register.size();
      this.dimension = dimension;
      this.distribution = distribution;
      this.register = register;
      this.estimates = new ThreePointEstimate[size];
      this.centres = new double[size];
      this.emvs = new double[size];
      this.deviationSums = new double[size];
      this.squaredDeviationSums = new double[size];
      this.totals = new double[trials];
      for (int i = 0; i < size; i++) {
        RiskExposureInput risk = register.get(i);
        ThreePointEstimate estimate = dimension.estimateOf(risk);
        if (estimate != null) {
          estimates[i] = estimate;
          centres[i] = distribution.mean(estimate);
          emvs[i] = risk.probability() * centres[i];
        }
      }
    }

    void addDraws(int risk, SplittableRandom random, long[] occurredTrials, int count) {
      ThreePointEstimate estimate = estimates[risk];
      if (estimate == null || count == 0) {
        return;
      }
      samplerFor(estimate)
          .addDraws(
              random,
              occurredTrials,
              totals,
              centres[risk],
              deviationSums,
              squaredDeviationSums,
              risk);
    }

    /** PERT tables are rebuilt in one workspace per dimension rather than allocated per risk. */
    private ImpactSampler samplerFor(ThreePointEstimate estimate) {
      if (estimate.isFixed() || distribution != ImpactDistribution.PERT) {
        return ImpactSampler.of(estimate, distribution);
      }
      if (pertWorkspace == null) {
        pertWorkspace = new PertSampler();
      }
      return pertWorkspace.configure(estimate);
    }

    DimensionExposure summarise(int[] occurrences) {
      int n = totals.length;
      double sum = 0.0;
      for (double total : totals) {
        sum += total;
      }
      double mean = sum / n;
      double squares = 0.0;
      for (double total : totals) {
        double deviation = total - mean;
        squares += deviation * deviation;
      }
      double standardDeviation = n > 1 ? Math.sqrt(squares / (n - 1)) : 0.0;
      Arrays.sort(totals);
      // Rounding in the sum can put the mean of equal totals an ulp outside them.
      mean = Math.min(totals[n - 1], Math.max(totals[0], mean));
      double emv = 0.0;
      for (double riskEmv : emvs) {
        emv += riskEmv;
      }
      return new DimensionExposure(
          dimension,
          Percentiles.ofSorted(totals),
          mean,
          standardDeviation,
          totals[0],
          totals[n - 1],
          emv,
          contributions(occurrences, n));
    }

    private List<RiskContribution> contributions(int[] occurrences, int n) {
      int size = register.size();
      double[] variances = new double[size];
      double[] means = new double[size];
      double varianceSum = 0.0;
      for (int i = 0; i < size; i++) {
        if (estimates[i] == null) {
          continue;
        }
        int k = occurrences[i];
        if (k > 0) {
          // Mean over occurrences from sums centred on the analytic mean, then the variance of
          // the per-trial impact (zero where the risk did not occur) without cancellation:
          // Σ(y − ȳ)² = Σ_occurred(x − x̄)² + k(n − k)x̄²/n.
          double meanIfOccurred = centres[i] + deviationSums[i] / k;
          double withinOccurred =
              Math.max(0.0, squaredDeviationSums[i] - deviationSums[i] * deviationSums[i] / k);
          double squaredDeviations =
              withinOccurred + (double) k * (n - k) * meanIfOccurred * meanIfOccurred / n;
          means[i] = meanIfOccurred * k / n;
          variances[i] = n > 1 ? squaredDeviations / (n - 1) : 0.0;
        }
        varianceSum += variances[i];
      }
      List<RiskContribution> contributions = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        if (estimates[i] == null) {
          continue;
        }
        double share = varianceSum > 0.0 ? Math.min(1.0, variances[i] / varianceSum) : 0.0;
        contributions.add(
            new RiskContribution(register.get(i).riskKey(), emvs[i], centres[i], means[i], share));
      }
      contributions.sort(
          Comparator.comparingDouble(RiskContribution::varianceShare)
              .thenComparingDouble(RiskContribution::emv)
              .reversed()
              .thenComparing(RiskContribution::riskKey));
      return contributions;
    }
  }
}
