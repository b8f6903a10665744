package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.util.Objects;

/** Counts risks above appetite ({@link RiskAppetite#isAbove}) and keeps the worst of them. */
public final class AboveAppetiteAccumulator implements RegisterAccumulator<AboveAppetite> {

  private final RiskAppetite appetite;
  private final BoundedBest<AssessedRisk> worst;
  private long count;

  /**
   * @param appetite the appetite
   * @param maxRetained how many to keep in the result (the count covers all)
   */
  public AboveAppetiteAccumulator(RiskAppetite appetite, int maxRetained) {
    this.appetite = Objects.requireNonNull(appetite, "appetite");
    this.worst = new BoundedBest<>(maxRetained, RiskRanking.WORST_FIRST);
  }

  @Override
  public void accept(AssessedRisk risk) {
    if (appetite.isAbove(risk)) {
      count++;
      worst.offer(risk);
    }
  }

  @Override
  public AboveAppetite result() {
    return new AboveAppetite(count, worst.sorted());
  }
}
