package io.lodestar.pmo.engine.forecast;

import io.lodestar.pmo.engine.shared.Outcome;
import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Throughput Monte Carlo (DOMAIN.md): each trial samples days of the history with replacement. Pure
 * and stateless; the same seed and inputs give the same forecast.
 *
 * <p>Random streams: the trials' day draws come from the first stream split off the seed's root, so
 * that {@link RiskAdjustedForecaster} can draw its risks from a second one and leave these dates
 * exactly as they are here.
 */
public final class ThroughputForecaster {

  /** The most items a "when" forecast takes: a backlog larger than this is refused. */
  public static final int MAX_ITEMS = 1_000_000;

  static final String NO_THROUGHPUT = "lodestar.forecast.na.noThroughput";

  /**
   * When will {@code items} items be done: each trial adds sampled days until their sum reaches
   * {@code items}.
   *
   * @return the forecast, or {@link Outcome.NotFound} with {@code
   *     lodestar.forecast.na.noThroughput} when the history finished nothing (no trial could ever
   *     end)
   * @throws IllegalArgumentException when {@code items} is negative or above {@link #MAX_ITEMS}
   */
  public Outcome<WhenForecast> when(
      ThroughputHistory history, int items, ForecastSettings settings) {
    int[] days = whenDays(history, items, settings);
    if (days == null) {
      return new Outcome.NotFound<>(NO_THROUGHPUT, java.util.List.of());
    }
    Arrays.sort(days);
    return new Outcome.Ok<>(WhenForecast.ofSorted(items, days, settings.horizonDays()));
  }

  /**
   * How many items will be done in {@code workingDays} working days: each trial sums that many
   * sampled days.
   *
   * @throws IllegalArgumentException when {@code workingDays} is not within [1, {@link
   *     ThroughputHistory#MAX_DAYS}]
   */
  public HowManyForecast howMany(
      ThroughputHistory history, int workingDays, ForecastSettings settings) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(settings, "settings");
    if (workingDays < 1 || workingDays > ThroughputHistory.MAX_DAYS) {
      throw new IllegalArgumentException(
          "workingDays must be within [1, "
              + ThroughputHistory.MAX_DAYS
              + "] but was "
              + workingDays);
    }
    SplittableRandom random = new SplittableRandom(settings.seed()).split();
    int n = history.days();
    long[] sums = new long[settings.trials()];
    for (int t = 0; t < sums.length; t++) {
      long sum = 0;
      for (int d = 0; d < workingDays; d++) {
        sum += history.day(random.nextInt(n));
      }
      sums[t] = sum;
    }
    Arrays.sort(sums);
    return new HowManyForecast(
        workingDays,
        NearestRank.of(sums, 50),
        NearestRank.of(sums, 15),
        NearestRank.of(sums, 5),
        sums.length);
  }

  /**
   * The working days each trial needed, in trial order ({@code horizonDays + 1} for a trial that
   * had not finished within the horizon); null when the history finished nothing.
   */
  int[] whenDays(ThroughputHistory history, int items, ForecastSettings settings) {
    Objects.requireNonNull(history, "history");
    Objects.requireNonNull(settings, "settings");
    if (items < 0 || items > MAX_ITEMS) {
      throw new IllegalArgumentException(
          "items must be within [0, " + MAX_ITEMS + "] but was " + items);
    }
    if (items > 0 && !history.hasThroughput()) {
      return null;
    }
    SplittableRandom random = new SplittableRandom(settings.seed()).split();
    int n = history.days();
    int horizon = settings.horizonDays();
    int[] days = new int[settings.trials()];
    for (int t = 0; t < days.length; t++) {
      long done = 0;
      int d = 0;
      while (done < items && d < horizon) {
        done += history.day(random.nextInt(n));
        d++;
      }
      days[t] = done < items ? horizon + 1 : d;
    }
    return days;
  }
}
