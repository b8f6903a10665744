package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Risks on the PMBOK model for register tests. */
final class Fixtures {

  static final FormulaModel PMBOK = FormulaModel.pmbokDefault();
  static final RiskAssessor ASSESSOR = new RiskAssessor(PMBOK);
  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  private Fixtures() {}

  /** A risk rated inherent (p, i) on COST, residual unrated. */
  static AssessedRisk risk(String key, int p, int i) {
    return ASSESSOR.assess(
        Risk.builder(key, project(key), "Risk " + key)
            .inherent(RiskRating.of(p, ImpactDimension.COST, i))
            .build());
  }

  static AssessedRisk assess(Risk risk) {
    return ASSESSOR.assess(risk);
  }

  static String project(String key) {
    return key.substring(0, key.lastIndexOf('-'));
  }

  /** Random risks: some unrated, varied statuses, owners, review dates, residual ratings. */
  static Arbitrary<AssessedRisk> arbitraryRisk() {
    Arbitrary<String> keys =
        Combinators.combine(Arbitraries.of("ABC", "XY", "Q"), Arbitraries.integers().between(1, 60))
            .as((p, n) -> p + "-" + n);
    Arbitrary<RiskRating> ratings =
        Arbitraries.oneOf(
            Arbitraries.just(RiskRating.UNRATED),
            Combinators.combine(
                    Arbitraries.integers().between(1, 5),
                    Arbitraries.of(ImpactDimension.values()),
                    Arbitraries.integers().between(1, 5))
                .as(RiskRating::of));
    Arbitrary<LocalDate> reviews =
        Arbitraries.integers()
            .between(-40, 40)
            .map(d -> d == 0 ? null : TODAY.plusDays(d))
            .injectNull(0.2);
    return Combinators.combine(
            keys,
            ratings,
            ratings,
            Arbitraries.of(RiskStatus.values()),
            Arbitraries.of("ann", "bob").injectNull(0.3),
            reviews,
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(6))
        .as(
            (key, inherent, residual, status, owner, review, title) ->
                assess(
                    Risk.builder(key, project(key), title)
                        .inherent(inherent)
                        .residual(residual)
                        .status(status)
                        .owner(owner)
                        .reviewDate(review)
                        .build()));
  }
}
