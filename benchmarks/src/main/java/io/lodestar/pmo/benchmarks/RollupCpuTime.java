package io.lodestar.pmo.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * The full rollup of {@link RollupBenchmark} (1,000,000 issues) timed in thread CPU time rather
 * than wall time, for machines shared with other work. A plain loop with warm-up, reporting the
 * median and the minimum of the measured rounds, the streaming floor re-measured beside every full
 * rollup.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * io.lodestar.pmo.benchmarks.RollupCpuTime}.
 */
public final class RollupCpuTime {

  private static final int WARM_UP_ROUNDS = 20;
  private static final int MEASURED_ROUNDS = 31;

  private RollupCpuTime() {}

  /** Prints CPU milliseconds per full rollup (clustered and in search order) beside the floor. */
  public static void main(String[] args) throws SQLException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    RollupBenchmark benchmark = new RollupBenchmark();
    benchmark.issues = 1_000_000;
    benchmark.setUp();
    double sink = 0;
    for (int i = 0; i < WARM_UP_ROUNDS; i++) {
      sink += benchmark.streamingSum() + benchmark.fullRollup() + benchmark.fullRollupUnclustered();
    }
    double[] floor = new double[MEASURED_ROUNDS];
    double[] clustered = new double[MEASURED_ROUNDS];
    double[] unclustered = new double[MEASURED_ROUNDS];
    for (int i = 0; i < MEASURED_ROUNDS; i++) {
      long start = threads.getCurrentThreadCpuTime();
      sink += benchmark.streamingSum();
      long afterFloor = threads.getCurrentThreadCpuTime();
      sink += benchmark.fullRollup();
      long afterClustered = threads.getCurrentThreadCpuTime();
      sink += benchmark.fullRollupUnclustered();
      long end = threads.getCurrentThreadCpuTime();
      floor[i] = (afterFloor - start) / 1e6;
      clustered[i] = (afterClustered - afterFloor) / 1e6;
      unclustered[i] = (end - afterClustered) / 1e6;
    }
    benchmark.tearDown();
    print("fullRollup (clustered)", clustered, floor);
    print("fullRollupUnclustered", unclustered, floor);
    System.out.printf(
        "streamingSum %6.2f CPU ms/op median, %6.2f min%n", median(floor), min(floor));
    System.out.println(sink == 42 ? "" : "(checksum " + sink + ")");
  }

  private static void print(String name, double[] times, double[] floor) {
    System.out.printf(
        "%-24s %6.2f CPU ms/op median (%.2f x floor), %6.2f min (%.2f x floor's min)%n",
        name, median(times), median(times) / median(floor), min(times), min(times) / min(floor));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElseThrow();
  }
}
