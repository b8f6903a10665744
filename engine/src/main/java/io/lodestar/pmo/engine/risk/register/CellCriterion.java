package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.Objects;

/**
 * One heat-map cell as a register criterion: risks whose {@code state} rating lies in {@code cell}.
 * Unrated risks never match. The heat maps show the inherent and the residual state; the criterion
 * accepts any state.
 *
 * @param state which rating's cell; never null
 * @param cell probability rank (row) and impact rank (column), 1-based; never null
 */
public record CellCriterion(RiskState state, Cell cell) {

  public CellCriterion {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(cell, "cell");
  }

  /**
   * Risks whose {@code state} rating is in row {@code probabilityRank}, column {@code impactRank}.
   */
  public static CellCriterion of(RiskState state, int probabilityRank, int impactRank) {
    return new CellCriterion(state, Cell.of(probabilityRank, impactRank));
  }

  /** Whether {@code risk}'s {@link #state} rating lies in {@link #cell}. */
  public boolean matches(AssessedRisk risk) {
    return risk.state(state).cellIfRated().map(cell::equals).orElse(false);
  }

  /** Whether the cell lies within {@code model}'s probability × impact matrix. */
  public boolean fits(ScoringModel model) {
    return model.probabilityScale().contains(cell.probabilityRank())
        && model.impactScale().contains(cell.impactRank());
  }
}
