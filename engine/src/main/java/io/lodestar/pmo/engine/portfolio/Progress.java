package io.lodestar.pmo.engine.portfolio;

import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.rollup.Rollup;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The % complete of a rollup by one method, with the items the method could not weigh shown, never
 * silently counted as zero.
 *
 * @param method the method
 * @param percent % complete in [0, 100]; n/a when nothing could be weighed
 * @param unestimated visible items without the value the method weighs by (0 for {@code BY_COUNT})
 * @param hidden items the viewer may not browse, left out
 */
public record Progress(
    PercentCompleteMethod method, Metric percent, long unestimated, long hidden) {

  static final String NOTHING_ESTIMATED = "lodestar.portfolio.progress.na.nothingEstimated";
  static final String NO_ITEMS = "lodestar.portfolio.progress.na.noItems";

  public Progress {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(percent, "percent");
  }

  /**
   * Computes progress from a rollup whose columns follow {@link RollupMeasures}.
   *
   * @throws IllegalArgumentException when the rollup has fewer columns
   */
  public static Progress of(PercentCompleteMethod method, Rollup rollup) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(rollup, "rollup");
    if (rollup.sums().size() < RollupMeasures.count()) {
      throw new IllegalArgumentException(
          "the rollup must have the " + RollupMeasures.count() + " columns of RollupMeasures");
    }
    BigDecimal hundred = BigDecimal.valueOf(100);
    return switch (method) {
      case BY_COUNT ->
          new Progress(
              method,
              rollup.issues() == 0
                  ? Metric.notApplicable(NO_ITEMS)
                  : Metric.quotient(
                      hundred.multiply(BigDecimal.valueOf(rollup.done())),
                      BigDecimal.valueOf(rollup.issues()),
                      NO_ITEMS),
              0,
              rollup.hidden());
      case BY_POINTS -> {
        int points = RollupMeasures.STORY_POINTS.column();
        BigDecimal total = BigDecimal.valueOf(rollup.sums().get(points));
        BigDecimal done =
            BigDecimal.valueOf(rollup.sums().get(RollupMeasures.STORY_POINTS_DONE.column()));
        yield new Progress(
            method,
            Metric.quotient(hundred.multiply(done), total, NOTHING_ESTIMATED),
            rollup.unvalued(points),
            rollup.hidden());
      }
      case BY_ESTIMATE -> {
        int spentColumn = RollupMeasures.TIME_SPENT_HOURS.column();
        int remainingColumn = RollupMeasures.REMAINING_ESTIMATE_HOURS.column();
        BigDecimal spent = BigDecimal.valueOf(rollup.sums().get(spentColumn));
        BigDecimal remaining = BigDecimal.valueOf(rollup.sums().get(remainingColumn));
        yield new Progress(
            method,
            Metric.quotient(hundred.multiply(spent), spent.add(remaining), NOTHING_ESTIMATED),
            rollup.unvalued(remainingColumn),
            rollup.hidden());
      }
    };
  }
}
