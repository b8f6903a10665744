package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.SCREEN_FIELDS_MISSING_CREATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.SCREEN_FIELDS_MISSING_EDIT;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.SCREEN_FIELDS_PASSED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_NO_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_SCHEME;

import io.lodestar.pmo.engine.standardization.config.ScreenScheme;
import io.lodestar.pmo.engine.standardization.template.ProjectRule.RequiredScreenFields;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import java.util.List;
import java.util.Optional;

/** Required fields: each field id is on the project's create (or edit) screen. */
public final class ScreenFieldsPolicy implements CompliancePolicy<RequiredScreenFields> {

  @Override
  public RuleKind kind() {
    return RuleKind.SCREEN_FIELDS;
  }

  @Override
  public Class<RequiredScreenFields> ruleType() {
    return RequiredScreenFields.class;
  }

  @Override
  public RuleResult evaluate(RequiredScreenFields rule, ProjectFacts facts) {
    Optional<String> id = facts.project().screenSchemeId();
    if (id.isEmpty()) {
      return RuleResult.unknown(rule, UNKNOWN_NO_SCHEME, "screenScheme");
    }
    Optional<ScreenScheme> scheme = facts.configuration().screenScheme(id.get());
    if (scheme.isEmpty()) {
      return RuleResult.unknown(rule, UNKNOWN_SCHEME, "screenScheme", id.get());
    }
    List<String> on = scheme.get().fields(rule.screen());
    List<String> missing = rule.fieldIds().stream().filter(f -> !on.contains(f)).toList();
    if (missing.isEmpty()) {
      return RuleResult.passed(rule, SCREEN_FIELDS_PASSED);
    }
    return RuleResult.failed(
        rule,
        rule.screen() == ScreenKind.CREATE
            ? SCREEN_FIELDS_MISSING_CREATE
            : SCREEN_FIELDS_MISSING_EDIT,
        String.join(", ", missing));
  }
}
