package io.lodestar.pmo.engine.risk.assessment;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.scoring.CellEvaluation;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Assesses ratings under one scoring model. Pure and thread-safe.
 *
 * <p>With impacts rated in several dimensions, each rated dimension is evaluated with the same
 * probability (and detectability) and the <b>worst</b> one drives the result: highest score, then
 * highest band rank, then highest impact rank, then {@link ImpactDimension} declaration order (COST
 * first). A rating is {@link UnratedReason unrated} when probability is missing, no dimension is
 * rated, an RPN model has no detectability, or any rated rank is off the model's scales (so a
 * shrunken scale never silently re-scores a risk).
 */
public final class RiskAssessor {

  private final ScoringModel model;

  public RiskAssessor(ScoringModel model) {
    this.model = Objects.requireNonNull(model, "model");
  }

  /** The model used. */
  public ScoringModel model() {
    return model;
  }

  /** The three assessments of {@code risk}. */
  public AssessedRisk assess(Risk risk) {
    return new AssessedRisk(
        risk, assess(risk.inherent()), assess(risk.residual()), assess(risk.target()));
  }

  /** The assessment of one rating. */
  public StateAssessment assess(RiskRating rating) {
    if (rating.probabilityRank().isEmpty()) {
      return StateAssessment.unrated(UnratedReason.NO_PROBABILITY);
    }
    if (rating.impactRanks().isEmpty()) {
      return StateAssessment.unrated(UnratedReason.NO_IMPACT);
    }
    OptionalInt detectability = rating.detectabilityRank();
    if (model.usesDetectability() && detectability.isEmpty()) {
      return StateAssessment.unrated(UnratedReason.NO_DETECTABILITY);
    }
    int probability = rating.probabilityRank().getAsInt();
    CellEvaluation worst = null;
    ImpactDimension driving = null;
    for (Map.Entry<ImpactDimension, Integer> entry : rating.impactRanks().entrySet()) {
      if (!model.accepts(probability, entry.getValue(), detectability)) {
        return StateAssessment.unrated(UnratedReason.OUT_OF_SCALE);
      }
      CellEvaluation evaluation = model.evaluate(probability, entry.getValue(), detectability);
      if (worst == null || isWorse(evaluation, worst)) {
        worst = evaluation;
        driving = entry.getKey();
      }
    }
    return new StateAssessment.Rated(
        worst, driving, model.probabilityScale().probability(probability));
  }

  /** Strictly worse; EnumMap iteration order makes the first dimension win exact ties. */
  private static boolean isWorse(CellEvaluation candidate, CellEvaluation current) {
    int byScore = candidate.score().compareTo(current.score());
    if (byScore != 0) {
      return byScore > 0;
    }
    int byBand = Integer.compare(candidate.band().rank(), current.band().rank());
    if (byBand != 0) {
      return byBand > 0;
    }
    return candidate.cell().impactRank() > current.cell().impactRank();
  }
}
