package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.COMPONENTS_MISSING;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.COMPONENTS_NO_LEAD;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.COMPONENTS_PASSED;

import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration.Component;
import io.lodestar.pmo.engine.standardization.template.ProjectRule.ComponentRules;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.List;

/**
 * Components policy: every required component exists (names ignoring case); with a lead required,
 * every component has a lead. Missing components are reported before missing leads.
 */
public final class ComponentsPolicy implements CompliancePolicy<ComponentRules> {

  @Override
  public RuleKind kind() {
    return RuleKind.COMPONENTS;
  }

  @Override
  public Class<ComponentRules> ruleType() {
    return ComponentRules.class;
  }

  @Override
  public RuleResult evaluate(ComponentRules rule, ProjectFacts facts) {
    List<Component> components = facts.project().components();
    List<String> missing =
        rule.required().stream()
            .filter(r -> components.stream().noneMatch(c -> c.name().equalsIgnoreCase(r)))
            .toList();
    if (!missing.isEmpty()) {
      return RuleResult.failed(rule, COMPONENTS_MISSING, String.join(", ", missing));
    }
    if (rule.leadRequired()) {
      List<String> noLead =
          components.stream().filter(c -> c.leadKey().isEmpty()).map(Component::name).toList();
      if (!noLead.isEmpty()) {
        return RuleResult.failed(rule, COMPONENTS_NO_LEAD, String.join(", ", noLead));
      }
    }
    return RuleResult.passed(rule, COMPONENTS_PASSED);
  }
}
