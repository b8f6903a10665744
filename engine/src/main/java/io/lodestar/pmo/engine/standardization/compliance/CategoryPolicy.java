package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.CATEGORY_NONE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.CATEGORY_PASSED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.CATEGORY_WRONG;

import io.lodestar.pmo.engine.standardization.template.ProjectRule.RequiredCategory;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.Optional;

/** Project category: the project is in the required category (name ignoring case). */
public final class CategoryPolicy implements CompliancePolicy<RequiredCategory> {

  @Override
  public RuleKind kind() {
    return RuleKind.CATEGORY;
  }

  @Override
  public Class<RequiredCategory> ruleType() {
    return RequiredCategory.class;
  }

  @Override
  public RuleResult evaluate(RequiredCategory rule, ProjectFacts facts) {
    Optional<String> category = facts.project().category();
    if (category.isEmpty()) {
      return RuleResult.failed(rule, CATEGORY_NONE, rule.category());
    }
    return category.get().trim().equalsIgnoreCase(rule.category().trim())
        ? RuleResult.passed(rule, CATEGORY_PASSED, rule.category())
        : RuleResult.failed(rule, CATEGORY_WRONG, rule.category(), category.get());
  }
}
