package io.lodestar.pmo.engine.forecast;

import io.lodestar.pmo.engine.risk.exposure.ImpactDistribution;
import io.lodestar.pmo.engine.risk.exposure.ImpactDraw;
import io.lodestar.pmo.engine.shared.Outcome;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * The risk-adjusted delivery forecast (DOMAIN.md, ours): each trial draws the throughput "when"
 * date exactly as {@link ThroughputForecaster} does, then for every open schedule risk draws its
 * occurrence and, if it occurs, an impact from its three-point estimate; the trial's date moves by
 * the sum.
 *
 * <p>The risks draw from a stream of their own (the second split off the seed's root), so the
 * throughput dates are the plain forecast's, trial by trial: with every probability 0 the two
 * forecasts are equal, and a certain risk of fixed impact d moves every percentile by exactly d.
 */
public final class RiskAdjustedForecaster {

  /** The most schedule risks one forecast folds in. */
  public static final int MAX_RISKS = 5_000;

  private final ThroughputForecaster throughput = new ThroughputForecaster();

  /**
   * The plain and the risk-adjusted "when" forecast of {@code items} items.
   *
   * @return the forecasts, or {@link Outcome.NotFound} when the history finished nothing
   * @throws IllegalArgumentException when there are more than {@link #MAX_RISKS} risks
   */
  public Outcome<RiskAdjustedForecast> when(
      ThroughputHistory history,
      int items,
      List<ScheduleRisk> risks,
      ImpactDistribution distribution,
      ForecastSettings settings) {
    Objects.requireNonNull(risks, "risks");
    Objects.requireNonNull(distribution, "distribution");
    if (risks.size() > MAX_RISKS) {
      throw new IllegalArgumentException(
          "at most " + MAX_RISKS + " schedule risks, but " + risks.size() + " were given");
    }
    int[] days = throughput.whenDays(history, items, settings);
    if (days == null) {
      return new Outcome.NotFound<>(ThroughputForecaster.NO_THROUGHPUT, List.of());
    }
    int trials = days.length;
    int horizon = settings.horizonDays();
    double[] plain = new double[trials];
    double[] adjusted = new double[trials];
    int beyond = 0;
    for (int t = 0; t < trials; t++) {
      plain[t] = days[t];
      adjusted[t] = days[t];
      if (days[t] > horizon) {
        beyond++;
      }
    }
    SplittableRandom root = new SplittableRandom(settings.seed());
    root.split(); // the throughput stream, used above
    SplittableRandom riskRoot = root.split();
    for (ScheduleRisk risk : risks) {
      // One stream per risk, split in list order, so adding a risk leaves the others' draws alone.
      SplittableRandom random = riskRoot.split();
      double p = risk.probability();
      if (p == 0.0) {
        continue;
      }
      ImpactDraw impact = ImpactDraw.of(risk.impactDays(), distribution);
      for (int t = 0; t < trials; t++) {
        if (p == 1.0 || random.nextDouble() < p) {
          adjusted[t] += impact.next(random);
        }
      }
    }
    Arrays.sort(plain);
    Arrays.sort(adjusted);
    return new Outcome.Ok<>(
        new RiskAdjustedForecast(
            RiskAdjustedForecast.DayPercentiles.ofSorted(plain),
            RiskAdjustedForecast.DayPercentiles.ofSorted(adjusted),
            risks.size(),
            trials,
            beyond));
  }
}
