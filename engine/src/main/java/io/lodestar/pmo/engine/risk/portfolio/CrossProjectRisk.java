package io.lodestar.pmo.engine.risk.portfolio;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.StateAssessment;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.Objects;
import java.util.Optional;

/**
 * One risk of a program's or portfolio's register, scored with its own project's model. Risks of
 * two models are compared by how high their band stands in its own model (the band's rank over the
 * model's number of bands), never by raw scores, which mean different things in different models.
 *
 * @param risk the risk as its project's model assessed it
 * @param model its project's model
 */
public record CrossProjectRisk(AssessedRisk risk, ScoringModel model) {

  public CrossProjectRisk {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(model, "model");
  }

  /**
   * How severe the current (residual when rated, else inherent) band is within its model, in (0,
   * 1]: rank / number of bands, so the top band of any model is 1; empty when not rated.
   */
  public Optional<Double> relativeSeverity() {
    if (!(risk.current() instanceof StateAssessment.Rated rated)) {
      return Optional.empty();
    }
    return Optional.of(rated.band().rank() / (double) model.bands().size());
  }
}
