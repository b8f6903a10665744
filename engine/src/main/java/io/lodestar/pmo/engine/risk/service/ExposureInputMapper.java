package io.lodestar.pmo.engine.risk.service;

import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.ThreePointImpact;
import io.lodestar.pmo.engine.risk.exposure.RiskExposureInput;
import io.lodestar.pmo.engine.risk.exposure.ThreePointEstimate;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.Optional;

/**
 * Maps a register risk to a Monte Carlo exposure input, purely.
 *
 * <p>Included: <b>active threats</b> (opportunities and closed/occurred risks are not exposure)
 * with a probability rank on the chosen rating (inherent by default) inside the model's probability
 * scale, and at least one of a cost or schedule three-point impact. The probability is {@link
 * Scale#probability(int)}: the level value when the scale holds probabilities (PMBOK 0.1..0.9),
 * otherwise — an ordinal scale such as 1..5 — <b>our</b> midpoint convention (rank − 0.5) / N. For
 * RPN models the occurrence scale plays the probability scale. Cost is in the reporting currency,
 * schedule in working days; BigDecimal amounts become doubles (simulations may use double).
 */
public final class ExposureInputMapper {

  /** Why a risk was left out of the simulation. */
  public enum Exclusion {
    /** Not an active threat. */
    NOT_ACTIVE_THREAT,
    /** No probability rank on the chosen rating, or it is off the scale. */
    NO_PROBABILITY,
    /** Neither a cost nor a schedule impact. */
    NO_IMPACT
  }

  private ExposureInputMapper() {}

  /** Why {@code risk} is excluded, or empty when it maps. */
  public static Optional<Exclusion> exclusion(Risk risk, ScoringModel model, RiskState state) {
    if (risk.kind() != RiskKind.THREAT || !risk.status().isActive()) {
      return Optional.of(Exclusion.NOT_ACTIVE_THREAT);
    }
    RiskRating rating = risk.rating(state);
    if (rating.probabilityRank().isEmpty()
        || !model.probabilityScale().contains(rating.probabilityRank().getAsInt())) {
      return Optional.of(Exclusion.NO_PROBABILITY);
    }
    if (risk.costImpact() == null && risk.scheduleImpact() == null) {
      return Optional.of(Exclusion.NO_IMPACT);
    }
    return Optional.empty();
  }

  /** The input for {@code risk} using the probability of its {@code state} rating, or empty. */
  public static Optional<RiskExposureInput> map(Risk risk, ScoringModel model, RiskState state) {
    if (exclusion(risk, model, state).isPresent()) {
      return Optional.empty();
    }
    int rank = risk.rating(state).probabilityRank().getAsInt();
    double probability = model.probabilityScale().probability(rank).doubleValue();
    return Optional.of(
        RiskExposureInput.of(
            risk.issueKey(),
            probability,
            estimate(risk.costImpact()),
            estimate(risk.scheduleImpact())));
  }

  /** The input for {@code risk} using its inherent probability, or empty. */
  public static Optional<RiskExposureInput> map(Risk risk, ScoringModel model) {
    return map(risk, model, RiskState.INHERENT);
  }

  private static ThreePointEstimate estimate(ThreePointImpact impact) {
    if (impact == null) {
      return null;
    }
    return ThreePointEstimate.of(
        impact.min().doubleValue(), impact.mostLikely().doubleValue(), impact.max().doubleValue());
  }
}
