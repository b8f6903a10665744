package io.lodestar.pmo.engine.risk.exposure;

/**
 * The continuous distribution that turns a {@link ThreePointEstimate} (a = min, m = most likely, b
 * = max) into a random impact on [a, b].
 *
 * <p>The closed-form {@link #mean} and {@link #variance} are in the units of the estimate (currency
 * units for cost, working days for schedule; the variance in those units squared).
 */
public enum ImpactDistribution {
  /**
   * Triangular on [a, b] with its mode at m. Mean (a + m + b) / 3, variance (a² + m² + b² − am − ab
   * − mb) / 18.
   */
  TRIANGULAR,

  /**
   * PERT: Beta(α, β) scaled to [a, b] with α = 1 + 4(m − a)/(b − a) and β = 1 + 4(b − m)/(b − a)
   * (so α + β = 6). Mean μ = (a + 4m + b) / 6, variance (μ − a)(b − μ) / 7.
   */
  PERT;

  /**
   * Returns the mean of the impact drawn from {@code estimate} with this distribution.
   *
   * @param estimate the three-point estimate, not null
   * @return the mean, in the units of the estimate
   */
  public double mean(ThreePointEstimate estimate) {
    double a = estimate.min();
    double m = estimate.mostLikely();
    double b = estimate.max();
    if (a == b) {
      return a;
    }
    return switch (this) {
      case TRIANGULAR -> (a + m + b) / 3.0;
      case PERT -> (a + 4.0 * m + b) / 6.0;
    };
  }

  /**
   * Returns the variance of the impact drawn from {@code estimate} with this distribution; zero for
   * a degenerate estimate (min == max).
   *
   * @param estimate the three-point estimate, not null
   * @return the variance, in the units of the estimate squared, never negative
   */
  public double variance(ThreePointEstimate estimate) {
    double a = estimate.min();
    double m = estimate.mostLikely();
    double b = estimate.max();
    if (a == b) {
      return 0.0;
    }
    double variance =
        switch (this) {
          // Written in differences from the minimum so that large, narrow estimates do not cancel.
          case TRIANGULAR -> {
            double c = m - a;
            double w = b - a;
            yield (c * c + w * w - c * w) / 18.0;
          }
          case PERT -> {
            double mu = mean(estimate);
            yield (mu - a) * (b - mu) / 7.0;
          }
        };
    return Math.max(0.0, variance);
  }
}
