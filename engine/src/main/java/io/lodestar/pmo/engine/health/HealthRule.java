package io.lodestar.pmo.engine.health;

/**
 * One named health policy: judges one dimension from the facts and returns a result, never throwing
 * for missing facts (those give {@link RuleResult.NotRated}).
 */
public interface HealthRule {

  /** A stable name, e.g. {@code cost-variance}; stored with evaluations and overrides. */
  String name();

  HealthDimension dimension();

  RuleResult evaluate(HealthFacts facts);
}
