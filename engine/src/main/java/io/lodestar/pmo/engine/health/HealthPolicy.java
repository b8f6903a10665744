package io.lodestar.pmo.engine.health;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The active health rules of a portfolio, and how their dimensions combine. Every rule is listed
 * here; the presets are DOMAIN.md's.
 *
 * @param rules the rules, names unique, at least one
 * @param combination worst-of or weighted
 * @param weights weight per dimension for {@link Combination#WEIGHTED}, each at least 0; a
 *     dimension without a weight weighs 1
 */
public record HealthPolicy(
    List<HealthRule> rules, Combination combination, Map<HealthDimension, BigDecimal> weights) {

  private static final BigDecimal HALF = new BigDecimal("0.5");
  private static final BigDecimal ONE_AND_HALF = new BigDecimal("1.5");

  public HealthPolicy {
    rules = List.copyOf(rules);
    Objects.requireNonNull(combination, "combination");
    weights = Map.copyOf(weights);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("a health policy needs at least one rule");
    }
    Set<String> names = new HashSet<>();
    for (HealthRule rule : rules) {
      if (!names.add(rule.name())) {
        throw new IllegalArgumentException("rule names must be unique: " + rule.name());
      }
    }
    weights.forEach(
        (dimension, weight) -> {
          if (weight.signum() < 0) {
            throw new IllegalArgumentException("weight of " + dimension + " must not be negative");
          }
        });
  }

  /** DOMAIN.md's presets, combined worst-of. */
  public static HealthPolicy presets() {
    return new HealthPolicy(
        List.of(
            new ScheduleVarianceRule(Threshold.VARIANCE_BANDS),
            new BehindPlanRule(Threshold.BEHIND_PLAN),
            new PastDueRule(),
            new CostVarianceRule(Threshold.VARIANCE_BANDS),
            new ScopeGrowthRule(Threshold.VARIANCE_BANDS),
            new RiskAppetiteRule(),
            new OverAllocationRule(OverAllocationRule.PRESET),
            new ComplianceRule(ComplianceRule.PRESET),
            new StalenessRule(StalenessRule.PRESET)),
        Combination.WORST_OF,
        Map.of());
  }

  /** Evaluates every rule; a dimension is the worst of its rated rules. */
  public HealthEvaluation evaluate(HealthFacts facts) {
    Objects.requireNonNull(facts, "facts");
    List<RuleResult> results = new ArrayList<>(rules.size());
    Map<HealthDimension, Rag> dimensions = new EnumMap<>(HealthDimension.class);
    for (HealthRule rule : rules) {
      RuleResult result = rule.evaluate(facts);
      results.add(result);
      if (result instanceof RuleResult.Rated rated) {
        dimensions.merge(rated.dimension(), rated.rag(), Rag::worse);
      }
    }
    return new HealthEvaluation(facts.statusDate(), results, dimensions, combine(dimensions));
  }

  private Optional<Rag> combine(Map<HealthDimension, Rag> dimensions) {
    if (dimensions.isEmpty()) {
      return Optional.empty();
    }
    if (combination == Combination.WORST_OF) {
      return dimensions.values().stream().reduce(Rag::worse);
    }
    BigDecimal weighted = BigDecimal.ZERO;
    BigDecimal total = BigDecimal.ZERO;
    for (Map.Entry<HealthDimension, Rag> entry : dimensions.entrySet()) {
      BigDecimal weight = weights.getOrDefault(entry.getKey(), BigDecimal.ONE);
      weighted = weighted.add(weight.multiply(BigDecimal.valueOf(entry.getValue().ordinal())));
      total = total.add(weight);
    }
    if (total.signum() == 0) {
      return dimensions.values().stream().reduce(Rag::worse);
    }
    BigDecimal mean = weighted.divide(total, MathContext.DECIMAL64);
    if (mean.compareTo(HALF) < 0) {
      return Optional.of(Rag.GREEN);
    }
    return Optional.of(mean.compareTo(ONE_AND_HALF) < 0 ? Rag.AMBER : Rag.RED);
  }
}
