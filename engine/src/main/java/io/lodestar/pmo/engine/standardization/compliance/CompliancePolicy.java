package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.template.TemplateRule;

/**
 * The named policy of one rule kind: judges one rule for one project and returns a result, never
 * throwing for facts it cannot get (those give {@link RuleStatus#UNKNOWN}).
 *
 * @param <R> the rule type the policy judges
 */
public interface CompliancePolicy<R extends TemplateRule> {

  /** The kind this policy judges. */
  RuleKind kind();

  /** The rule type, to check a rule before it is handed over. */
  Class<R> ruleType();

  RuleResult evaluate(R rule, ProjectFacts facts);
}
