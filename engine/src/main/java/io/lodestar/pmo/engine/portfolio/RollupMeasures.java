package io.lodestar.pmo.engine.portfolio;

/**
 * The measure columns the portfolio rollup index keeps per issue, in this order. Times are in
 * hours; story points done is an issue's points when its status is done and 0 otherwise, so that
 * progress by points needs no per-status sums. The remaining estimate has a value exactly when the
 * issue has any time tracking (Jira's remaining estimate, or 0 when time was spent and none is
 * left), so its unvalued count is the number of unestimated items for progress by estimate.
 */
public enum RollupMeasures {
  ORIGINAL_ESTIMATE_HOURS,
  REMAINING_ESTIMATE_HOURS,
  TIME_SPENT_HOURS,
  STORY_POINTS,
  STORY_POINTS_DONE;

  /** The column of this measure in a rollup. */
  public int column() {
    return ordinal();
  }

  /** The number of columns. */
  public static int count() {
    return values().length;
  }
}
