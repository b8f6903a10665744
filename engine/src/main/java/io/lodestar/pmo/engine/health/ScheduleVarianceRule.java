package io.lodestar.pmo.engine.health;

import io.lodestar.pmo.engine.evm.EarnedValueInput;
import io.lodestar.pmo.engine.evm.Metric;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Schedule: the value behind plan (PV − EV) / PV in % against the thresholds; ahead counts as 0.
 * Nothing planned yet: green. No baseline: not rated.
 */
public record ScheduleVarianceRule(Threshold threshold) implements HealthRule {

  public ScheduleVarianceRule {
    Objects.requireNonNull(threshold, "threshold");
  }

  @Override
  public String name() {
    return "schedule-variance";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.SCHEDULE;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.earnedValue().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.schedule.noEarnedValue", List.of());
    }
    EarnedValueInput input = facts.earnedValue().get();
    BigDecimal pv = input.pv().amount();
    if (pv.signum() == 0) {
      return new RuleResult.Rated(
          name(), dimension(), Rag.GREEN, "lodestar.health.schedule.nothingPlanned", List.of());
    }
    BigDecimal behind =
        pv.subtract(input.ev().amount())
            .max(BigDecimal.ZERO)
            .multiply(BigDecimal.valueOf(100))
            .divide(pv, Metric.PRECISION);
    return new RuleResult.Rated(
        name(),
        dimension(),
        threshold.classify(behind),
        "lodestar.health.schedule.behind",
        List.of(Percent.shown(behind)));
  }
}
