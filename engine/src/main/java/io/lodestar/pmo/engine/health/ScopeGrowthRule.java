package io.lodestar.pmo.engine.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Scope: growth since the baseline in % against the thresholds; shrinking counts as 0. */
public record ScopeGrowthRule(Threshold threshold) implements HealthRule {

  public ScopeGrowthRule {
    Objects.requireNonNull(threshold, "threshold");
  }

  @Override
  public String name() {
    return "scope-growth";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.SCOPE;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.scopeGrowthPercent().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.scope.noBaseline", List.of());
    }
    BigDecimal growth = facts.scopeGrowthPercent().get().max(BigDecimal.ZERO);
    return new RuleResult.Rated(
        name(),
        dimension(),
        threshold.classify(growth),
        "lodestar.health.scope.growth",
        List.of(Percent.shown(facts.scopeGrowthPercent().get())));
  }
}
