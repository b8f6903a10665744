package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.MANDATORY_FIELDS_OPTIONAL;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.MANDATORY_FIELDS_PASSED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_NO_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_SCHEME;

import io.lodestar.pmo.engine.standardization.config.FieldConfiguration;
import io.lodestar.pmo.engine.standardization.template.ProjectRule.MandatoryFields;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.List;
import java.util.Optional;

/** Mandatory fields: each field id is required in the project's field configuration. */
public final class MandatoryFieldsPolicy implements CompliancePolicy<MandatoryFields> {

  @Override
  public RuleKind kind() {
    return RuleKind.MANDATORY_FIELDS;
  }

  @Override
  public Class<MandatoryFields> ruleType() {
    return MandatoryFields.class;
  }

  @Override
  public RuleResult evaluate(MandatoryFields rule, ProjectFacts facts) {
    Optional<String> id = facts.project().fieldConfigurationId();
    if (id.isEmpty()) {
      return RuleResult.unknown(rule, UNKNOWN_NO_SCHEME, "fieldConfiguration");
    }
    Optional<FieldConfiguration> configuration = facts.configuration().fieldConfiguration(id.get());
    if (configuration.isEmpty()) {
      return RuleResult.unknown(rule, UNKNOWN_SCHEME, "fieldConfiguration", id.get());
    }
    List<String> required = configuration.get().requiredFields();
    List<String> optional = rule.fieldIds().stream().filter(f -> !required.contains(f)).toList();
    return optional.isEmpty()
        ? RuleResult.passed(rule, MANDATORY_FIELDS_PASSED)
        : RuleResult.failed(rule, MANDATORY_FIELDS_OPTIONAL, String.join(", ", optional));
  }
}
