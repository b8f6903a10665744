package io.lodestar.pmo.engine.risk.register;

import static io.lodestar.pmo.engine.risk.register.Fixtures.PMBOK;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.shared.Violation;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterFilterCellTest {

  /** Inherent (4, 5), residual (2, 3). */
  static final AssessedRisk TREATED =
      Fixtures.assess(
          Risk.builder("ABC-1", "ABC", "Supplier fails")
              .inherent(RiskRating.of(4, ImpactDimension.COST, 5))
              .residual(RiskRating.of(2, ImpactDimension.COST, 3))
              .build());

  @Test
  void inherentCell_matchesTheRiskRatedThereBeforeTreatment() {
    assertThat(RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.INHERENT, 4, 5)))
        .accepts(TREATED);
  }

  @Test
  void residualCell_matchesTheRiskRatedThereAfterTreatment() {
    RegisterFilter residual = RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.RESIDUAL, 2, 3));
    RegisterFilter inherentOfResidual =
        RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.INHERENT, 2, 3));

    assertThat(residual).accepts(TREATED);
    assertThat(inherentOfResidual).rejects(TREATED);
  }

  @Test
  void cell_neverMatchesARiskUnratedInThatState() {
    AssessedRisk inherentOnly = Fixtures.risk("ABC-2", 2, 3);

    assertThat(RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.RESIDUAL, 2, 3)))
        .rejects(inherentOnly);
  }

  @Test
  void cell_combinesWithTheOtherCriteriaByAnd() {
    RegisterFilter closedInCell =
        RegisterFilter.ALL
            .withStatuses(Set.of(RiskStatus.CLOSED))
            .inCell(CellCriterion.of(RiskState.INHERENT, 4, 5));

    assertThat(closedInCell).rejects(TREATED);
  }

  @Test
  void withoutCell_removesTheCriterion() {
    RegisterFilter filter =
        RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.INHERENT, 1, 1)).inCell(null);

    assertThat(filter).isEqualTo(RegisterFilter.ALL).accepts(TREATED);
  }

  @Test
  void cellOutsideTheModelsMatrix_isAViolationNamingCell() {
    RegisterFilter filter = RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.RESIDUAL, 6, 2));

    assertThat(filter.violations(PMBOK))
        .containsExactly(Violation.of("cell", RiskMessageKeys.CELL_OUTSIDE_MATRIX, 6, 2, 5, 5));
  }

  @Test
  void cellWithinTheMatrix_isNoViolation() {
    RegisterFilter filter = RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.INHERENT, 5, 5));

    assertThat(filter.violations(PMBOK)).isEmpty();
  }
}
