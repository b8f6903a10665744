package io.lodestar.pmo.engine.risk.assessment;

import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskState;
import java.util.Objects;

/**
 * A risk with its three assessments under its project's model. The <b>current</b> assessment is the
 * residual one when the residual rating is scored, otherwise the inherent one: a risk that has not
 * been re-rated after treatment is still as bad as before. Register views (top N, appetite, bands,
 * EMV) use {@link #current()}.
 *
 * @param risk the risk; never null
 * @param inherent assessment of the inherent rating; never null
 * @param residual assessment of the residual rating; never null
 * @param target assessment of the target rating; never null
 */
public record AssessedRisk(
    Risk risk, StateAssessment inherent, StateAssessment residual, StateAssessment target) {

  public AssessedRisk {
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(inherent, "inherent");
    Objects.requireNonNull(residual, "residual");
    Objects.requireNonNull(target, "target");
  }

  /** The assessment of {@code state}. */
  public StateAssessment state(RiskState state) {
    return switch (state) {
      case INHERENT -> inherent;
      case RESIDUAL -> residual;
      case TARGET -> target;
    };
  }

  /** Residual when rated, otherwise inherent (which may itself be unrated). */
  public StateAssessment current() {
    return residual.isRated() ? residual : inherent;
  }

  /** Which state {@link #current()} comes from. */
  public RiskState currentState() {
    return residual.isRated() ? RiskState.RESIDUAL : RiskState.INHERENT;
  }

  /** The issue key, for sorting and display. */
  public String issueKey() {
    return risk.issueKey();
  }
}
