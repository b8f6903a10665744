package io.lodestar.pmo.engine.risk.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.RpnModel;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class RiskAssessorTest {

  private final RiskAssessor target = new RiskAssessor(FormulaModel.pmbokDefault());

  @Test
  void likelyRiskWithModerateCostAndVeryHighScheduleImpact_isDrivenBySchedule() {
    RiskRating rating =
        RiskRating.of(4, Map.of(ImpactDimension.COST, 3, ImpactDimension.SCHEDULE, 5));
    StateAssessment.Rated rated = target.assess(rating).rated().orElseThrow();
    assertThat(rated.score()).isEqualByComparingTo("0.56");
    assertThat(rated.band().key()).isEqualTo("high");
    assertThat(rated.cell()).isEqualTo(Cell.of(4, 5));
    assertThat(rated.drivingDimension()).isEqualTo(ImpactDimension.SCHEDULE);
    assertThat(rated.probability()).isEqualByComparingTo("0.70");
  }

  @Test
  void equalImpactsInTwoDimensions_areDrivenByTheFirstDeclared() {
    RiskRating rating =
        RiskRating.of(2, Map.of(ImpactDimension.QUALITY, 2, ImpactDimension.SCOPE, 2));
    assertThat(target.assess(rating).rated().orElseThrow().drivingDimension())
        .isEqualTo(ImpactDimension.SCOPE);
  }

  @Test
  void missingParts_giveUnratedWithTheReason() {
    assertThat(target.assess(RiskRating.UNRATED))
        .isEqualTo(new StateAssessment.Unrated(UnratedReason.NO_PROBABILITY));
    assertThat(target.assess(RiskRating.UNRATED.withProbability(3)))
        .isEqualTo(new StateAssessment.Unrated(UnratedReason.NO_IMPACT));
    assertThat(target.assess(RiskRating.UNRATED.withImpact(ImpactDimension.COST, 3)))
        .isEqualTo(new StateAssessment.Unrated(UnratedReason.NO_PROBABILITY));
  }

  @Test
  void rankBeyondTheModelScale_isUnratedNotAnException() {
    assertThat(target.assess(RiskRating.of(6, ImpactDimension.COST, 1)))
        .isEqualTo(new StateAssessment.Unrated(UnratedReason.OUT_OF_SCALE));
    assertThat(target.assess(RiskRating.of(6, ImpactDimension.COST, 1)).scoreIfRated()).isEmpty();
  }

  @Test
  void rpnRatingWithoutDetectability_isUnrated() {
    RiskAssessor rpn = new RiskAssessor(RpnModel.fmeaDefault());
    assertThat(rpn.assess(RiskRating.of(3, ImpactDimension.QUALITY, 9)))
        .isEqualTo(new StateAssessment.Unrated(UnratedReason.NO_DETECTABILITY));
    StateAssessment rated =
        rpn.assess(RiskRating.of(3, ImpactDimension.QUALITY, 9).withDetectability(8));
    assertThat(rated.scoreIfRated())
        .get()
        .satisfies(s -> assertThat(s).isEqualByComparingTo("216"));
    assertThat(rated.bandIfRated().orElseThrow().key()).isEqualTo("high");
  }

  @Test
  void detectabilityOnAFormulaModel_isIgnored() {
    RiskRating rating =
        new RiskRating(OptionalInt.of(1), Map.of(ImpactDimension.COST, 1), OptionalInt.of(99));
    assertThat(target.assess(rating).isRated()).isTrue();
  }

  @Test
  void currentAssessment_isResidualWhenRatedElseInherent() {
    Risk treated =
        Risk.builder("ABC-1", "ABC", "t")
            .inherent(RiskRating.of(5, ImpactDimension.COST, 5))
            .residual(RiskRating.of(2, ImpactDimension.COST, 2))
            .build();
    AssessedRisk assessed = target.assess(treated);
    assertThat(assessed.currentState()).isEqualTo(RiskState.RESIDUAL);
    assertThat(assessed.current().scoreIfRated().orElseThrow()).isEqualByComparingTo("0.03");
    assertThat(assessed.state(RiskState.TARGET).isRated()).isFalse();

    AssessedRisk untreated =
        target.assess(treated.toBuilder().residual(RiskRating.UNRATED).build());
    assertThat(untreated.currentState()).isEqualTo(RiskState.INHERENT);
    assertThat(untreated.current().scoreIfRated().orElseThrow()).isEqualByComparingTo("0.72");
  }
}
