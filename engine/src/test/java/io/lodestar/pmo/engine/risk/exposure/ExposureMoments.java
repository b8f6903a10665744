package io.lodestar.pmo.engine.risk.exposure;

import java.util.List;

/**
 * Test oracle: the closed-form mean and variance of an exposure: of one risk's impact in one
 * dimension, or of the total of a register. The simulation's mean and variance converge to these.
 *
 * <p>A risk's exposure is the mixture I·X, with I ~ Bernoulli(p) the occurrence and X the impact
 * drawn from the three-point estimate, independent of I. So E[I·X] = p·E[X] (the EMV) and Var[I·X]
 * = p·E[X²] − (p·E[X])². Risks are independent, so the total's mean and variance are the sums of
 * the risks'. The simulation does not use these; its tests compare what it samples against them.
 *
 * @param mean the expected exposure, in the units of the dimension (currency units or working days)
 * @param variance the variance of the exposure, in those units squared, not negative
 */
record ExposureMoments(double mean, double variance) {

  /** No exposure: mean and variance zero. */
  static final ExposureMoments ZERO = new ExposureMoments(0.0, 0.0);

  /**
   * Validates the moments.
   *
   * @throws IllegalArgumentException if a value is not finite or the variance is negative
   */
  ExposureMoments {
    if (!Double.isFinite(mean)) {
      throw new IllegalArgumentException("mean must be finite but was " + mean);
    }
    if (!(variance >= 0.0) || variance == Double.POSITIVE_INFINITY) {
      throw new IllegalArgumentException(
          "variance must be finite and not negative but was " + variance);
    }
  }

  /**
   * Returns the moments of one risk's exposure in one dimension.
   *
   * @param risk the risk, not null
   * @param distribution the impact distribution, not null
   * @param dimension the dimension, not null
   * @return {@link #ZERO} when the risk has no estimate in {@code dimension}
   */
  static ExposureMoments ofRisk(
      RiskExposureInput risk, ImpactDistribution distribution, ExposureDimension dimension) {
    ThreePointEstimate estimate = dimension.estimateOf(risk);
    if (estimate == null) {
      return ZERO;
    }
    double p = risk.probability();
    double impactMean = distribution.mean(estimate);
    double impactVariance = distribution.variance(estimate);
    // p·E[X²] − (p·E[X])² = p·Var[X] + p(1 − p)·E[X]², written so that no large terms cancel.
    double variance = p * impactVariance + p * (1.0 - p) * impactMean * impactMean;
    return new ExposureMoments(p * impactMean, variance);
  }

  /**
   * Returns the moments of the total exposure of a register in one dimension.
   *
   * @param risks the register, not null, no null elements; may be empty
   * @param distribution the impact distribution, not null
   * @param dimension the dimension, not null
   * @return the summed moments; {@link #ZERO} for an empty register
   */
  static ExposureMoments ofTotal(
      List<RiskExposureInput> risks, ImpactDistribution distribution, ExposureDimension dimension) {
    double mean = 0.0;
    double variance = 0.0;
    for (RiskExposureInput risk : risks) {
      ExposureMoments moments = ofRisk(risk, distribution, dimension);
      mean += moments.mean;
      variance += moments.variance;
    }
    return new ExposureMoments(mean, variance);
  }

  /** Returns the standard deviation, the square root of {@link #variance}. */
  double standardDeviation() {
    return Math.sqrt(variance);
  }
}
