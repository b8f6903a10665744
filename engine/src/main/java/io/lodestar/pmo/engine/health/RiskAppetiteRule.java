package io.lodestar.pmo.engine.health;

import java.util.List;

/**
 * Risk: any open risk scored above the project's appetite is red (DOMAIN.md preset); none is green.
 * No risk register: not rated.
 */
public record RiskAppetiteRule() implements HealthRule {

  @Override
  public String name() {
    return "risk-appetite";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.RISK;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.risksAboveAppetite().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.risk.noRegister", List.of());
    }
    int above = facts.risksAboveAppetite().getAsInt();
    return above > 0
        ? new RuleResult.Rated(
            name(), dimension(), Rag.RED, "lodestar.health.risk.aboveAppetite", List.of(above))
        : new RuleResult.Rated(
            name(), dimension(), Rag.GREEN, "lodestar.health.risk.withinAppetite", List.of());
  }
}
