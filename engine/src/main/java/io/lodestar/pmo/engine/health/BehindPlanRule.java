package io.lodestar.pmo.engine.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Schedule: planned % complete minus actual % complete, in percentage points, against the
 * thresholds (preset {@link Threshold#BEHIND_PLAN}). Without both percentages: not rated.
 */
public record BehindPlanRule(Threshold threshold) implements HealthRule {

  public BehindPlanRule {
    Objects.requireNonNull(threshold, "threshold");
  }

  @Override
  public String name() {
    return "behind-plan";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.SCHEDULE;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.plannedPercent().isEmpty() || facts.actualPercent().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.behindPlan.noProgress", List.of());
    }
    BigDecimal behind = facts.plannedPercent().get().subtract(facts.actualPercent().get());
    return new RuleResult.Rated(
        name(),
        dimension(),
        threshold.classify(behind),
        "lodestar.health.behindPlan.points",
        List.of(Percent.shown(behind)));
  }
}
