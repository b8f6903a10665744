package io.lodestar.pmo.engine.portfolio;

/** How a portfolio measures % complete; configured per portfolio. */
public enum PercentCompleteMethod {
  /** Story points done over story points; issues without points are counted as unestimated. */
  BY_POINTS,
  /**
   * Time spent over time spent plus remaining estimate (Jira's own progress); issues with neither
   * are counted as unestimated.
   */
  BY_ESTIMATE,
  /** Done issues over all issues. */
  BY_COUNT
}
