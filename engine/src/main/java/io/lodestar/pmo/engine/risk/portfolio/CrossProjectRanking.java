package io.lodestar.pmo.engine.risk.portfolio;

import io.lodestar.pmo.engine.risk.assessment.StateAssessment;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.IssueKeyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.OptionalInt;
import java.util.PriorityQueue;

/**
 * The worst risks across projects with different scoring models: by relative band severity (see
 * {@link CrossProjectRisk#relativeSeverity}), then — within equal severity — by the share of its
 * model's top score the risk reaches, then by issue key. Unrated risks are left out and counted.
 * Streams its input and keeps at most {@code limit} risks, so a portfolio's register costs memory
 * bounded by the limit whatever the number of risks.
 */
public final class CrossProjectRanking {

  /** The most risks a ranking keeps. */
  public static final int MAX_LIMIT = 500;

  private static final Comparator<CrossProjectRisk> WORST_FIRST =
      Comparator.comparingDouble((CrossProjectRisk r) -> r.relativeSeverity().orElse(0.0))
          .reversed()
          .thenComparing(CrossProjectRanking::scoreShare, Comparator.reverseOrder())
          .thenComparing(r -> r.risk().risk().issueKey(), IssueKeyOrder.INSTANCE);

  private final int limit;
  private final PriorityQueue<CrossProjectRisk> kept;
  private long unrated;

  /**
   * @param limit how many risks to keep, 1 to {@link #MAX_LIMIT}
   */
  public CrossProjectRanking(int limit) {
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be within [1, " + MAX_LIMIT + "]: " + limit);
    }
    this.limit = limit;
    // The head is the least bad of those kept, so that a worse risk can replace it.
    this.kept = new PriorityQueue<>(limit + 1, WORST_FIRST.reversed());
  }

  /** Offers one risk. */
  public void add(CrossProjectRisk risk) {
    if (risk.relativeSeverity().isEmpty()) {
      unrated++;
      return;
    }
    kept.add(risk);
    if (kept.size() > limit) {
      kept.poll();
    }
  }

  /** The kept risks, worst first. */
  public List<CrossProjectRisk> worstFirst() {
    List<CrossProjectRisk> list = new ArrayList<>(kept);
    list.sort(WORST_FIRST);
    return list;
  }

  /** How many risks were left out as not rated. */
  public long unrated() {
    return unrated;
  }

  /** The risk's score over the top score of its model's scale, in [0, 1]. */
  private static BigDecimal scoreShare(CrossProjectRisk risk) {
    StateAssessment.Rated rated = (StateAssessment.Rated) risk.risk().current();
    ScoringModel model = risk.model();
    OptionalInt worstDetectability =
        model.detectability().map(d -> OptionalInt.of(d.size())).orElse(OptionalInt.empty());
    BigDecimal top =
        model
            .evaluate(
                model.probabilityScale().size(), model.impactScale().size(), worstDetectability)
            .score();
    return top.signum() == 0
        ? BigDecimal.ZERO
        : rated.score().divide(top, java.math.MathContext.DECIMAL64);
  }
}
