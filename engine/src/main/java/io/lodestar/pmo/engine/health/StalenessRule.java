package io.lodestar.pmo.engine.health;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Staleness: calendar days since the scope's last update against the thresholds (ours: amber after
 * 14 days, red after 30). The last update not known: not rated, as every rule whose facts are
 * unknown ({@link HealthFacts}); an unknown date is not evidence of neglect.
 */
public record StalenessRule(Threshold threshold) implements HealthRule {

  /** Ours: amber above 14 days without an update, red above 30. */
  public static final Threshold PRESET =
      new Threshold(BigDecimal.valueOf(14), false, BigDecimal.valueOf(30), false);

  public StalenessRule {
    Objects.requireNonNull(threshold, "threshold");
  }

  @Override
  public String name() {
    return "staleness";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.STALENESS;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.lastUpdate().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.staleness.unknown", List.of());
    }
    long days = Math.max(0, ChronoUnit.DAYS.between(facts.lastUpdate().get(), facts.statusDate()));
    return new RuleResult.Rated(
        name(),
        dimension(),
        threshold.classify(BigDecimal.valueOf(days)),
        "lodestar.health.staleness.days",
        List.of(days));
  }
}
