package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.NAME_PATTERN_MISMATCH;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.NAME_PATTERN_PASSED;

import io.lodestar.pmo.engine.standardization.template.ProjectRule.NamePattern;
import io.lodestar.pmo.engine.standardization.template.RuleKind;

/** Name pattern: the project name matches the template's glob. */
public final class NamePatternPolicy implements CompliancePolicy<NamePattern> {

  @Override
  public RuleKind kind() {
    return RuleKind.NAME_PATTERN;
  }

  @Override
  public Class<NamePattern> ruleType() {
    return NamePattern.class;
  }

  @Override
  public RuleResult evaluate(NamePattern rule, ProjectFacts facts) {
    String name = facts.project().name();
    String pattern = rule.pattern().pattern();
    return rule.pattern().matches(name)
        ? RuleResult.passed(rule, NAME_PATTERN_PASSED, name, pattern)
        : RuleResult.failed(rule, NAME_PATTERN_MISMATCH, name, pattern);
  }
}
