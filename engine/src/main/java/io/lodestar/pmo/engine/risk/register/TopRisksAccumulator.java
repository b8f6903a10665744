package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.util.List;

/**
 * The N worst risks by {@link RiskRanking#WORST_FIRST} (current score), skipping unrated risks.
 * Memory O(N). The result equals sorting every rated risk fed and keeping the first N. Status is
 * not filtered here; feed only the risks you want ranked (the summary feeds active ones).
 */
public final class TopRisksAccumulator implements RegisterAccumulator<List<AssessedRisk>> {

  private final BoundedBest<AssessedRisk> best;

  /** The top {@code n} (n ≥ 0). */
  public TopRisksAccumulator(int n) {
    this.best = new BoundedBest<>(n, RiskRanking.WORST_FIRST);
  }

  @Override
  public void accept(AssessedRisk risk) {
    if (risk.current().isRated()) {
      best.offer(risk);
    }
  }

  /** Worst first. */
  @Override
  public List<AssessedRisk> result() {
    return best.sorted();
  }
}
