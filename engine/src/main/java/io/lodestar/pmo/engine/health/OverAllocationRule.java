package io.lodestar.pmo.engine.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Capacity: the share of the scope's person-weeks over capacity in % against the thresholds (ours:
 * amber above 0, red at 10 and above). Unknown: not rated.
 */
public record OverAllocationRule(Threshold threshold) implements HealthRule {

  /** Ours: any over-allocated person-week is amber, 10 % of them or more red. */
  public static final Threshold PRESET =
      new Threshold(BigDecimal.ZERO, false, BigDecimal.TEN, true);

  public OverAllocationRule {
    Objects.requireNonNull(threshold, "threshold");
  }

  @Override
  public String name() {
    return "over-allocation";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.CAPACITY;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.overAllocatedPercent().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.capacity.unknown", List.of());
    }
    BigDecimal share = facts.overAllocatedPercent().get();
    return new RuleResult.Rated(
        name(),
        dimension(),
        threshold.classify(share),
        "lodestar.health.capacity.overAllocated",
        List.of(Percent.shown(share)));
  }
}
