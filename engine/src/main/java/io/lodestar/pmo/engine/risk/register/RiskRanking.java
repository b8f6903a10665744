package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.shared.IssueKeyOrder;
import java.math.BigDecimal;
import java.util.Comparator;

/**
 * The ranking of "top risks": current score descending, then current band rank descending, then
 * issue key ascending in {@link IssueKeyOrder} (deterministic tie-break). Unrated risks rank after
 * every rated one.
 */
public final class RiskRanking {

  /** Worst first. */
  public static final Comparator<AssessedRisk> WORST_FIRST =
      Comparator.comparing(RiskRanking::score, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(RiskRanking::bandRank, Comparator.reverseOrder())
          .thenComparing(AssessedRisk::issueKey, IssueKeyOrder.INSTANCE);

  private RiskRanking() {}

  private static BigDecimal score(AssessedRisk risk) {
    return risk.current().scoreIfRated().orElse(null);
  }

  private static Integer bandRank(AssessedRisk risk) {
    return risk.current().bandIfRated().map(b -> b.rank()).orElse(0);
  }
}
