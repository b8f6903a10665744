package io.lodestar.pmo.engine.health;

import io.lodestar.pmo.engine.evm.EarnedValueInput;
import io.lodestar.pmo.engine.evm.Metric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Cost: the overrun (AC − EV) / EV in % against the thresholds; an underrun counts as 0. Spending
 * with nothing earned is red. No budget or baseline: not rated.
 */
public record CostVarianceRule(Threshold threshold) implements HealthRule {

  public CostVarianceRule {
    Objects.requireNonNull(threshold, "threshold");
  }

  @Override
  public String name() {
    return "cost-variance";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.COST;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.earnedValue().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.cost.noEarnedValue", List.of());
    }
    EarnedValueInput input = facts.earnedValue().get();
    BigDecimal ev = input.ev().amount();
    BigDecimal ac = input.ac().amount();
    if (ev.signum() == 0) {
      return ac.signum() == 0
          ? new RuleResult.Rated(
              name(), dimension(), Rag.GREEN, "lodestar.health.cost.notStarted", List.of())
          : new RuleResult.Rated(
              name(),
              dimension(),
              Rag.RED,
              "lodestar.health.cost.spentWithoutProgress",
              List.of(input.ac().rounded().amount()));
    }
    BigDecimal overrun =
        ac.subtract(ev)
            .max(BigDecimal.ZERO)
            .multiply(BigDecimal.valueOf(100))
            .divide(ev, Metric.PRECISION);
    Rag rag = threshold.classify(overrun);
    return new RuleResult.Rated(
        name(), dimension(), rag, "lodestar.health.cost.overrun", List.of(Percent.shown(overrun)));
  }
}
