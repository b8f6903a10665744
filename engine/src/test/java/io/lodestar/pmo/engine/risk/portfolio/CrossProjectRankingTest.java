package io.lodestar.pmo.engine.risk.portfolio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.scoring.Bands;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.scoring.ThresholdBanding;
import org.junit.jupiter.api.Test;

/** A program's register over two projects whose models band differently. */
class CrossProjectRankingTest {

  /** Project A: PMBOK's three bands. */
  private static final ScoringModel THREE_BANDS = FormulaModel.pmbokDefault();

  /** Project B: the same scales with a fourth, critical band from 0.5. */
  private static final ScoringModel FOUR_BANDS =
      FormulaModel.of(
          "With critical",
          Scale.pmbokProbability(),
          Scale.pmbokImpact(),
          ThresholdBanding.of(Bands.lowMediumHighCritical(), "0", "0.05", "0.18", "0.5"));

  private static CrossProjectRisk risk(String key, ScoringModel model, int p, int i) {
    Risk.Builder builder = Risk.builder(key, key.substring(0, key.indexOf('-')), "Risk " + key);
    if (p > 0) {
      builder.inherent(RiskRating.of(p, ImpactDimension.COST, i));
    }
    return new CrossProjectRisk(new RiskAssessor(model).assess(builder.build()), model);
  }

  @Test
  void ranking_shouldCompareBandsByTheirStandingInTheirOwnModel_thenByScoreShare() {
    CrossProjectRanking target = new CrossProjectRanking(3);

    target.add(risk("A-1", THREE_BANDS, 4, 3)); // 0.14 medium: 2 of 3
    target.add(risk("B-1", FOUR_BANDS, 5, 4)); // 0.36 high: 3 of 4
    target.add(risk("A-2", THREE_BANDS, 3, 4)); // 0.20 high: 3 of 3, 0.20 of 0.72
    target.add(risk("B-2", FOUR_BANDS, 5, 5)); // 0.72 critical: 4 of 4, 0.72 of 0.72
    target.add(risk("A-3", THREE_BANDS, 0, 0)); // not rated

    assertThat(target.worstFirst())
        .extracting(r -> r.risk().risk().issueKey())
        .containsExactly("B-2", "A-2", "B-1");
    assertThat(target.unrated()).isEqualTo(1);
  }

  @Test
  void relativeSeverity_shouldBeOneForTheTopBandOfAnyModel() {
    assertThat(risk("A-9", THREE_BANDS, 5, 5).relativeSeverity()).contains(1.0);
    assertThat(risk("B-9", FOUR_BANDS, 5, 5).relativeSeverity()).contains(1.0);
    assertThat(risk("B-8", FOUR_BANDS, 5, 4).relativeSeverity()).contains(0.75);
    assertThat(risk("A-8", THREE_BANDS, 0, 0).relativeSeverity()).isEmpty();
  }

  @Test
  void ranking_shouldKeepABoundedNumber() {
    assertThatThrownBy(() -> new CrossProjectRanking(0)).hasMessageContaining("limit");
    assertThatThrownBy(() -> new CrossProjectRanking(501)).hasMessageContaining("limit");
    CrossProjectRanking target = new CrossProjectRanking(2);
    for (int n = 1; n <= 50; n++) {
      target.add(risk("A-" + n, THREE_BANDS, 1 + n % 5, 1 + (n / 5) % 5));
    }

    assertThat(target.worstFirst()).hasSize(2);
  }
}
