package io.lodestar.pmo.benchmarks;

import io.lodestar.pmo.engine.risk.exposure.ExposureResult;
import io.lodestar.pmo.engine.risk.exposure.ExposureSimulator;
import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.risk.exposure.RiskExposureInput;
import io.lodestar.pmo.engine.risk.exposure.SimulationSettings;
import io.lodestar.pmo.engine.risk.exposure.ThreePointEstimate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Risk exposure Monte Carlo: 10,000 trials × 1,000 risks, every risk with both a cost and a
 * schedule estimate, on one thread.
 *
 * <p>{@link #simulate} runs the whole {@link ExposureSimulator#simulate} call (setup, draws,
 * sorting, percentiles, contributions) for each {@link ImpactDistribution} and two occurrence
 * profiles: {@code MIXED}, probabilities spread uniformly over [0.05, 0.95] (a realistic register;
 * about half the risks occur in a trial), and {@code CERTAIN}, every probability 1 (the worst case:
 * every trial draws 1,000 × 2 impacts).
 *
 * <p>{@link #baseline} is the floor to compare against: the same number of streams (one split per
 * risk) and 10,000 × 1,000 × 2 = 20 million {@link SplittableRandom#nextDouble()} draws, summed,
 * with no sampling. It draws from the simulator's generator ({@link SplittableRandom}, which spends
 * one {@code nextLong} per triangular impact and, in about 99 % of draws, per PERT impact), so it
 * is the cost of the random numbers alone. Report simulate / baseline as the ratio. In {@code
 * CERTAIN} that is exactly one random number per impact drawn; in {@code MIXED} it is one per
 * occurrence decision and one per impact (10 million of each, on average). The simulator decides
 * four occurrences per {@code nextLong}, so its own floor in {@code MIXED} is about 12.5 million
 * numbers: against that, the {@code MIXED} ratios would be about 1.6 times higher.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ExposureSimulation -f 1 -wi 3 -i 5}. On
 * a machine shared with other work, wall time includes waiting for a core; {@link
 * ExposureSimulationCpuTime} times the same cases in thread CPU time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Threads(1)
public class ExposureSimulationBenchmark {

  static final int TRIALS = 10_000;
  static final int RISKS = 1_000;

  /** The register and settings of one simulation run. */
  @State(Scope.Benchmark)
  public static class Register {

    @Param({"TRIANGULAR", "PERT"})
    public ImpactDistribution distribution;

    @Param({"MIXED", "CERTAIN"})
    public String occurrence;

    List<RiskExposureInput> risks;
    SimulationSettings settings;
    final ExposureSimulator simulator = new ExposureSimulator();

    @Setup
    public void setUp() {
      risks = register(RISKS, "CERTAIN".equals(occurrence));
      settings = SimulationSettings.of(TRIALS, 20_240_601L, distribution);
    }
  }

  /** Runs one full simulation. */
  @Benchmark
  public ExposureResult simulate(Register register) {
    return register.simulator.simulate(register.risks, register.settings);
  }

  /** Draws and sums 20 million uniforms from one split stream per risk: no sampling at all. */
  @Benchmark
  public double baseline() {
    SplittableRandom root = new SplittableRandom(20_240_601L);
    double sum = 0.0;
    for (int i = 0; i < RISKS; i++) {
      SplittableRandom random = root.split();
      for (int t = 0; t < TRIALS; t++) {
        sum += random.nextDouble();
        sum += random.nextDouble();
      }
    }
    return sum;
  }

  /**
   * A reproducible register: cost minima up to 50,000 currency units with most likely and maximum
   * 0–3 and 3–8 times wider; schedule minima up to 5 working days, likewise; skew varies per risk.
   */
  static List<RiskExposureInput> register(int size, boolean certain) {
    SplittableRandom random = new SplittableRandom(42L);
    List<RiskExposureInput> risks = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      double probability = certain ? 1.0 : 0.05 + 0.9 * random.nextDouble();
      risks.add(
          RiskExposureInput.of(
              "RISK-" + (i + 1), probability, estimate(random, 50_000.0), estimate(random, 5.0)));
    }
    return risks;
  }

  private static ThreePointEstimate estimate(SplittableRandom random, double scale) {
    double min = scale * random.nextDouble();
    double spread = scale * (1.0 + random.nextDouble());
    double mostLikely = min + spread * random.nextDouble(0.0, 3.0);
    double max = mostLikely + spread * random.nextDouble(1.0, 5.0);
    return ThreePointEstimate.of(min, mostLikely, max);
  }
}
