package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.ThreePointImpact;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.StateAssessment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * EMV = probability × monetary impact (DOMAIN.md). <b>Ours</b>: the probability is that of the
 * risk's {@linkplain AssessedRisk#current() current} rating (residual when rated, else inherent;
 * see {@code Scale.probability} for ordinal scales), and the monetary impact is the PERT mean (min
 * + 4·most likely + max) / 6 of the cost impact. Result in the reporting currency, 2 decimals
 * HALF_UP, always ≥ 0 (threat or opportunity alike; callers keep the two apart). Empty when the
 * risk has no cost impact or its current rating is unrated.
 */
public final class ExpectedMonetaryValue {

  private ExpectedMonetaryValue() {}

  /** The EMV of {@code risk}; see the class comment. */
  public static Optional<BigDecimal> of(AssessedRisk risk) {
    ThreePointImpact cost = risk.risk().costImpact();
    Optional<StateAssessment.Rated> rated = risk.current().rated();
    if (cost == null || rated.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(of(rated.get().probability(), cost));
  }

  /** probability × PERT mean of {@code cost}, 2 decimals HALF_UP. */
  public static BigDecimal of(BigDecimal probability, ThreePointImpact cost) {
    return probability.multiply(cost.pertMean()).setScale(2, RoundingMode.HALF_UP);
  }
}
