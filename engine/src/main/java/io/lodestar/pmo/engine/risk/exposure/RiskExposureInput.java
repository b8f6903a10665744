package io.lodestar.pmo.engine.risk.exposure;

/**
 * One risk of the register as the exposure simulation sees it: how likely it is to occur and what
 * it costs and delays if it does. Cost and schedule impacts are independent of each other's draw.
 *
 * @param riskKey the risk's key (for example its Jira issue key), not null or blank; unique within
 *     one simulated register
 * @param probability the probability that the risk occurs in a trial, in [0, 1]
 * @param cost the cost impact if it occurs, in currency units; {@code null} when the risk has no
 *     cost impact
 * @param schedule the schedule impact if it occurs, in working days; {@code null} when the risk has
 *     no schedule impact
 */
public record RiskExposureInput(
    String riskKey, double probability, ThreePointEstimate cost, ThreePointEstimate schedule) {

  /**
   * Validates the input.
   *
   * @throws IllegalArgumentException naming the field if {@code riskKey} is null or blank or {@code
   *     probability} is NaN or outside [0, 1]
   */
  public RiskExposureInput {
    if (riskKey == null || riskKey.isBlank()) {
      throw new IllegalArgumentException("riskKey must not be null or blank");
    }
    if (!(probability >= 0.0 && probability <= 1.0)) {
      throw new IllegalArgumentException(
          "probability must be within [0, 1] but was " + probability + " for risk " + riskKey);
    }
  }

  /**
   * Creates a validated input.
   *
   * @param cost nullable, currency units
   * @param schedule nullable, working days
   * @throws IllegalArgumentException as the canonical constructor
   */
  public static RiskExposureInput of(
      String riskKey, double probability, ThreePointEstimate cost, ThreePointEstimate schedule) {
    return new RiskExposureInput(riskKey, probability, cost, schedule);
  }

  /**
   * Returns the estimate in {@code dimension}.
   *
   * @return the cost or schedule estimate; {@code null} when the risk has none in that dimension
   */
  public ThreePointEstimate estimate(ExposureDimension dimension) {
    return dimension.estimateOf(this);
  }
}
