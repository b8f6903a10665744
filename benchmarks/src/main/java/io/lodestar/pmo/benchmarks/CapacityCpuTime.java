package io.lodestar.pmo.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;

/**
 * The cases of {@link CapacityBenchmark} timed in thread CPU time rather than wall time, for
 * machines shared with other work (where wall time also counts the time the thread waited for a
 * core). Not a replacement for JMH: a plain loop with warm-up, reporting the median of the measured
 * rounds, the streaming floor re-measured beside every full compute.
 *
 * <p>Run: {@code java -Xmx3g -cp benchmarks/target/benchmarks.jar
 * io.lodestar.pmo.benchmarks.CapacityCpuTime}.
 */
public final class CapacityCpuTime {

  private static final int WARM_UP_ROUNDS = 5;
  private static final int MEASURED_ROUNDS = 9;
  private static final int UPDATES_PER_ROUND = 200_000;

  private CapacityCpuTime() {}

  /** Prints CPU milliseconds per full compute beside the floor, and CPU µs per issue change. */
  public static void main(String[] args) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    CapacityBenchmark benchmark = new CapacityBenchmark();
    benchmark.setUp();
    long sink = 0;
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      sink += benchmark.streamingFloor();
      sink += benchmark.fullCompute();
      for (int u = 0; u < UPDATES_PER_ROUND; u++) {
        sink += benchmark.incrementalUpdate();
      }
    }
    double[] floor = new double[MEASURED_ROUNDS];
    double[] full = new double[MEASURED_ROUNDS];
    double[] update = new double[MEASURED_ROUNDS];
    for (int i = 0; i < MEASURED_ROUNDS; i++) {
      long start = threads.getCurrentThreadCpuTime();
      sink += benchmark.streamingFloor();
      long middle = threads.getCurrentThreadCpuTime();
      sink += benchmark.fullCompute();
      long end = threads.getCurrentThreadCpuTime();
      for (int u = 0; u < UPDATES_PER_ROUND; u++) {
        sink += benchmark.incrementalUpdate();
      }
      long updated = threads.getCurrentThreadCpuTime();
      floor[i] = (middle - start) / 1e6;
      full[i] = (end - middle) / 1e6;
      update[i] = (updated - end) / 1e3 / UPDATES_PER_ROUND;
    }
    System.out.printf(
        "fullCompute %8.1f CPU ms/op, streaming floor %6.1f CPU ms/op (%.1f x floor)%n",
        median(full), median(floor), median(full) / median(floor));
    System.out.printf("incrementalUpdate %6.2f CPU µs/op%n", median(update));
    System.out.println(sink == 42 ? "" : "(checksum " + sink + ")");
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
