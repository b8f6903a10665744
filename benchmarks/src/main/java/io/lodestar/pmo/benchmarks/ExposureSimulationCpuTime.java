package io.lodestar.pmo.benchmarks;

import io.lodestar.pmo.engine.risk.exposure.ExposureSimulator;
import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.risk.exposure.RiskExposureInput;
import io.lodestar.pmo.engine.risk.exposure.SimulationSettings;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

/**
 * The cases of {@link ExposureSimulationBenchmark} timed in thread CPU time rather than wall time,
 * for machines shared with other work (where wall time also counts the time the thread waited for a
 * core). Not a replacement for JMH: a plain loop with warm-up, reporting the median of the measured
 * rounds.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.lodestar.pmo.benchmarks.ExposureSimulationCpuTime}.
 */
public final class ExposureSimulationCpuTime {

  private static final int WARM_UP_ROUNDS = 30;
  private static final int MEASURED_ROUNDS = 30;

  private ExposureSimulationCpuTime() {}

  /**
   * Prints CPU milliseconds per operation for each simulation case beside the baseline. The
   * baseline is re-measured for every case, its rounds alternating with the case's, so that both
   * see the same machine load and the ratio stays meaningful when other work comes and goes.
   */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ExposureSimulationBenchmark benchmark = new ExposureSimulationBenchmark();
    ExposureSimulator simulator = new ExposureSimulator();
    double sink = 0.0;
    for (ImpactDistribution distribution : ImpactDistribution.values()) {
      for (boolean certain : new boolean[] {false, true}) {
        List<RiskExposureInput> risks =
            ExposureSimulationBenchmark.register(ExposureSimulationBenchmark.RISKS, certain);
        SimulationSettings settings =
            SimulationSettings.of(ExposureSimulationBenchmark.TRIALS, 20_240_601L, distribution);
        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
          sink += benchmark.baseline();
          sink += simulator.simulate(risks, settings).cost().mean();
        }
        double[] baseline = new double[MEASURED_ROUNDS];
        double[] rounds = new double[MEASURED_ROUNDS];
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
          long start = threads.getCurrentThreadCpuTime();
          sink += benchmark.baseline();
          long middle = threads.getCurrentThreadCpuTime();
          sink += simulator.simulate(risks, settings).cost().mean();
          long end = threads.getCurrentThreadCpuTime();
          baseline[i] = (middle - start) / 1e6;
          rounds[i] = (end - middle) / 1e6;
        }
        double baselineMedian = median(baseline);
        double median = median(rounds);
        System.out.printf(
            "simulate %-10s %-7s %8.2f CPU ms/op, baseline %6.2f CPU ms/op  (%.2f x baseline)%n",
            distribution,
            certain ? "CERTAIN" : "MIXED",
            median,
            baselineMedian,
            median / baselineMedian);
      }
    }
    System.out.println(sink == 42.0 ? "" : "(checksum " + sink + ")");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
