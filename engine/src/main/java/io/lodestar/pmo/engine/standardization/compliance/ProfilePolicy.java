package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.PROFILE_MISSING;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.PROFILE_PASSED;

import io.lodestar.pmo.engine.standardization.template.ProjectRule.RequiredProfileAttributes;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.List;
import java.util.Map;

/** Project profile: each required attribute has a non-blank value. */
public final class ProfilePolicy implements CompliancePolicy<RequiredProfileAttributes> {

  @Override
  public RuleKind kind() {
    return RuleKind.PROFILE;
  }

  @Override
  public Class<RequiredProfileAttributes> ruleType() {
    return RequiredProfileAttributes.class;
  }

  @Override
  public RuleResult evaluate(RequiredProfileAttributes rule, ProjectFacts facts) {
    Map<String, String> profile = facts.project().profile();
    List<String> missing =
        rule.attributes().stream()
            .filter(a -> profile.get(a) == null || profile.get(a).isBlank())
            .toList();
    return missing.isEmpty()
        ? RuleResult.passed(rule, PROFILE_PASSED)
        : RuleResult.failed(rule, PROFILE_MISSING, String.join(", ", missing));
  }
}
