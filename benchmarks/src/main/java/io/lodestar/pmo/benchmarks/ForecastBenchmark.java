package io.lodestar.pmo.benchmarks;

import io.lodestar.pmo.engine.forecast.ForecastSettings;
import io.lodestar.pmo.engine.forecast.RiskAdjustedForecaster;
import io.lodestar.pmo.engine.forecast.ScheduleRisk;
import io.lodestar.pmo.engine.forecast.ThroughputForecaster;
import io.lodestar.pmo.engine.forecast.ThroughputHistory;
import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.risk.exposure.ThreePointEstimate;
import io.lodestar.pmo.engine.shared.Outcome;
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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The throughput forecasts of issue 8's targets: 10,000 trials for a 500-item backlog (target 5 ms)
 * and the risk-adjusted forecast with 100 schedule risks (target 15 ms), beside a baseline of the
 * same number of bare {@code nextInt} draws as the plain forecast makes (its floor).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar Forecast -f 1 -wi 3 -i 5}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@State(Scope.Benchmark)
public class ForecastBenchmark {

  static final int ITEMS = 500;

  /** Sixty working days of a team finishing 0 to 9 items a day (mean 4.5). */
  private final ThroughputHistory history = history();

  private final List<ScheduleRisk> risks = risks(100);
  private final ForecastSettings settings = ForecastSettings.of(20_261_203L);
  private final ThroughputForecaster forecaster = new ThroughputForecaster();
  private final RiskAdjustedForecaster riskAdjusted = new RiskAdjustedForecaster();

  /** The plain "when" forecast of 500 items. */
  @Benchmark
  public Outcome<?> when() {
    return forecaster.when(history, ITEMS, settings);
  }

  /** The plain and risk-adjusted forecasts of 500 items with 100 schedule risks. */
  @Benchmark
  public Outcome<?> riskAdjustedWhen() {
    return riskAdjusted.when(history, ITEMS, risks, ImpactDistribution.PERT, settings);
  }

  /** 10,000 trials × the days a trial needs at the mean rate (≈ 112), as bare draws. */
  @Benchmark
  public long baseline() {
    SplittableRandom random = new SplittableRandom(20_261_203L);
    int days = history.days();
    int perTrial = (int) Math.ceil(ITEMS * (double) days / history.total());
    long sum = 0;
    for (int t = 0; t < settings.trials(); t++) {
      for (int d = 0; d < perTrial; d++) {
        sum += history.day(random.nextInt(days));
      }
    }
    return sum;
  }

  private static ThroughputHistory history() {
    SplittableRandom random = new SplittableRandom(60L);
    int[] days = new int[60];
    for (int i = 0; i < days.length; i++) {
      days[i] = random.nextInt(10);
    }
    return ThroughputHistory.of(days);
  }

  private static List<ScheduleRisk> risks(int count) {
    SplittableRandom random = new SplittableRandom(100L);
    List<ScheduleRisk> list = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      double min = random.nextDouble(0, 3);
      double mostLikely = min + random.nextDouble(0, 5);
      list.add(
          new ScheduleRisk(
              "RISK-" + (i + 1),
              random.nextDouble(0.05, 0.6),
              ThreePointEstimate.of(min, mostLikely, mostLikely + random.nextDouble(1, 15))));
    }
    return list;
  }
}
