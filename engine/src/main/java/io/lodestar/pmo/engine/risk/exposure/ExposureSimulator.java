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
 * arrays, so a draw neither boxes nor allocates. Occurrence is decided without a branch, by
 * compacting the indices of the trials in which the risk occurs; impacts are then drawn only for
 * those trials.
 *
 * <p>Instances are stateless and safe to share between threads; a call uses one thread and {@code
 * O(trials + risks)} memory.
 */
public final class ExposureSimulator {

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

    Accumulator cost = new Accumulator(ImpactDimension.COST, register, distribution, trials);
    Accumulator schedule =
        new Accumulator(ImpactDimension.SCHEDULE, register, distribution, trials);
    int[] occurrences = new int[register.size()];
    int[] occurredTrials = new int[trials];
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
   * Decides occurrence for every trial and writes the indices of the trials in which the risk
   * occurred, in increasing order, to the front of {@code occurredTrials}.
   *
   * <p>Each {@code nextLong()} decides two trials, one with each 32-bit half h: the trial's uniform
   * is U = (h + V)/2³², V uniform on [0, 1), and the risk occurs when U < p. Writing p·2³² = T + φ
   * (T an integer, φ in [0, 1), both exact), that is "h < T", or "h = T and V < φ"; only in the
   * rare tie (probability 2⁻³² per trial) is V drawn, so the Bernoulli(p) draw is exact while
   * costing half a random number. Writing every index and advancing the write position only on
   * occurrence keeps the loop free of unpredictable branches.
   *
   * @return how many trials the risk occurred in
   */
  static int drawOccurrences(SplittableRandom random, double p, int trials, int[] occurredTrials) {
    double scaled = p * 0x1.0p32; // exact: p is scaled by a power of two
    long threshold = (long) Math.floor(scaled);
    double tieFraction = scaled - threshold;
    int count = 0;
    int t = 0;
    for (; t + 1 < trials; t += 2) {
      long bits = random.nextLong();
      long high = bits >>> 32;
      long low = bits & 0xFFFF_FFFFL;
      if (high == threshold || low == threshold) {
        count = decideTies(random, high, low, threshold, tieFraction, t, count, occurredTrials);
        continue;
      }
      occurredTrials[count] = t;
      count += (int) ((high - threshold) >>> 63); // 1 when high < threshold
      occurredTrials[count] = t + 1;
      count += (int) ((low - threshold) >>> 63);
    }
    if (t < trials) {
      occurredTrials[count] = t;
      count += random.nextDouble() < p ? 1 : 0;
    }
    return count;
  }

  /** The rare path of {@link #drawOccurrences}: one of the two halves equals the threshold. */
  private static int decideTies(
      SplittableRandom random,
      long high,
      long low,
      long threshold,
      double tieFraction,
      int trial,
      int count,
      int[] occurredTrials) {
    int result = count;
    if (high < threshold || (high == threshold && random.nextDouble() < tieFraction)) {
      occurredTrials[result++] = trial;
    }
    if (low < threshold || (low == threshold && random.nextDouble() < tieFraction)) {
      occurredTrials[result++] = trial + 1;
    }
    return result;
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

    private final ImpactDimension dimension;
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
        ImpactDimension dimension,
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

    void addDraws(int risk, SplittableRandom random, int[] occurredTrials, int count) {
      ThreePointEstimate estimate = estimates[risk];
      if (estimate == null || count == 0) {
        return;
      }
      samplerFor(estimate)
          .addDraws(
              random,
              occurredTrials,
              count,
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
