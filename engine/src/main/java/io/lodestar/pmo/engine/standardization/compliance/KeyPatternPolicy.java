package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.KEY_PATTERN_MISMATCH;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.KEY_PATTERN_PASSED;

import io.lodestar.pmo.engine.standardization.template.ProjectRule.KeyPattern;
import io.lodestar.pmo.engine.standardization.template.RuleKind;

/** Key pattern: the project key matches the template's glob. */
public final class KeyPatternPolicy implements CompliancePolicy<KeyPattern> {

  @Override
  public RuleKind kind() {
    return RuleKind.KEY_PATTERN;
  }

  @Override
  public Class<KeyPattern> ruleType() {
    return KeyPattern.class;
  }

  @Override
  public RuleResult evaluate(KeyPattern rule, ProjectFacts facts) {
    String key = facts.project().projectKey();
    String pattern = rule.pattern().pattern();
    return rule.pattern().matches(key)
        ? RuleResult.passed(rule, KEY_PATTERN_PASSED, key, pattern)
        : RuleResult.failed(rule, KEY_PATTERN_MISMATCH, key, pattern);
  }
}
