package io.lodestar.pmo.engine.risk.exposure;

/**
 * How much one risk contributes to the simulated total of one dimension: one bar of the tornado
 * chart. All amounts are in the units of the dimension (currency units for cost, working days for
 * schedule).
 *
 * <p><b>Contribution measure.</b> Risks occur and strike independently, so the variance of the
 * simulated total is the sum of the risks' variances; {@link #varianceShare} is this risk's
 * simulated variance divided by the sum over the dimension's risks. It answers "how much of the
 * spread between P50 and P95 comes from this risk" and is the key the tornado is sorted on. {@link
 * #swing} is the closed-form difference in the expected total between "the risk occurs" and "it
 * does not" (its mean impact), the classic tornado bar length; {@link #emv} = probability × swing.
 *
 * @param riskKey the risk's key, not null
 * @param emv the closed-form expected monetary value: probability × mean impact, not negative
 * @param swing the closed-form mean impact if the risk occurs, not negative
 * @param simulatedMean the mean over the trials of this risk's simulated impact (zero in trials
 *     where it did not occur); estimates {@code emv}
 * @param varianceShare this risk's share of the summed simulated variance of the dimension, in [0,
 *     1]; the shares of a dimension sum to 1, or are all 0 when nothing varies
 */
public record RiskContribution(
    String riskKey, double emv, double swing, double simulatedMean, double varianceShare) {

  /**
   * Validates the contribution.
   *
   * @throws IllegalArgumentException naming the field if {@code riskKey} is null or {@code
   *     varianceShare} is outside [0, 1]
   */
  public RiskContribution {
    if (riskKey == null) {
      throw new IllegalArgumentException("riskKey must not be null");
    }
    if (!(varianceShare >= 0.0 && varianceShare <= 1.0)) {
      throw new IllegalArgumentException(
          "varianceShare must be within [0, 1] but was " + varianceShare);
    }
  }
}
