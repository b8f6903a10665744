package io.lodestar.pmo.engine.health;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * Compliance: the shortfall 100 − score in percentage points against the thresholds (ours: amber
 * from 10 points short, red above 25, i.e. below 90 % amber and below 75 % red). Not scanned: not
 * rated.
 */
public record ComplianceRule(Threshold threshold) implements HealthRule {

  /** Ours: a score below 90 % is amber, below 75 % red. */
  public static final Threshold PRESET =
      new Threshold(BigDecimal.TEN, false, BigDecimal.valueOf(25), false);

  public ComplianceRule {
    Objects.requireNonNull(threshold, "threshold");
  }

  @Override
  public String name() {
    return "compliance";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.COMPLIANCE;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.complianceScore().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.compliance.notScanned", List.of());
    }
    BigDecimal score = facts.complianceScore().get();
    return new RuleResult.Rated(
        name(),
        dimension(),
        threshold.classify(BigDecimal.valueOf(100).subtract(score)),
        "lodestar.health.compliance.score",
        List.of(Percent.shown(score)));
  }
}
