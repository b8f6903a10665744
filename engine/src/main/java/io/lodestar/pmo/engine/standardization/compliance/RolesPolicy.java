package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ROLES_PASSED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ROLES_UNFILLED;

import io.lodestar.pmo.engine.standardization.template.ProjectRule.RequiredRoles;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.List;
import java.util.Map;

/** Required roles filled: each role (name ignoring case) has at least one member. */
public final class RolesPolicy implements CompliancePolicy<RequiredRoles> {

  @Override
  public RuleKind kind() {
    return RuleKind.ROLES;
  }

  @Override
  public Class<RequiredRoles> ruleType() {
    return RequiredRoles.class;
  }

  @Override
  public RuleResult evaluate(RequiredRoles rule, ProjectFacts facts) {
    Map<String, List<String>> members = facts.project().roleMembers();
    List<String> unfilled =
        rule.roles().stream()
            .filter(
                role ->
                    members.entrySet().stream()
                        .noneMatch(
                            e -> e.getKey().equalsIgnoreCase(role) && !e.getValue().isEmpty()))
            .toList();
    return unfilled.isEmpty()
        ? RuleResult.passed(rule, ROLES_PASSED)
        : RuleResult.failed(rule, ROLES_UNFILLED, String.join(", ", unfilled));
  }
}
