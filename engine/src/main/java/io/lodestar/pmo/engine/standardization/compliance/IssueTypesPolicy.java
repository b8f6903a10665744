package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ISSUE_TYPES_MISSING;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ISSUE_TYPES_PASSED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_NO_SCHEME;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_SCHEME;

import io.lodestar.pmo.engine.standardization.config.IssueTypeScheme;
import io.lodestar.pmo.engine.standardization.template.ProjectRule.RequiredIssueTypes;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.List;
import java.util.Optional;

/** Required issue types: each is in the project's issue type scheme (names ignoring case). */
public final class IssueTypesPolicy implements CompliancePolicy<RequiredIssueTypes> {

  @Override
  public RuleKind kind() {
    return RuleKind.ISSUE_TYPES;
  }

  @Override
  public Class<RequiredIssueTypes> ruleType() {
    return RequiredIssueTypes.class;
  }

  @Override
  public RuleResult evaluate(RequiredIssueTypes rule, ProjectFacts facts) {
    Optional<String> id = facts.project().issueTypeSchemeId();
    if (id.isEmpty()) {
      return RuleResult.unknown(rule, UNKNOWN_NO_SCHEME, "issueTypeScheme");
    }
    Optional<IssueTypeScheme> scheme = facts.configuration().issueTypeScheme(id.get());
    if (scheme.isEmpty()) {
      return RuleResult.unknown(rule, UNKNOWN_SCHEME, "issueTypeScheme", id.get());
    }
    List<String> missing = rule.issueTypes().stream().filter(t -> !scheme.get().has(t)).toList();
    return missing.isEmpty()
        ? RuleResult.passed(rule, ISSUE_TYPES_PASSED)
        : RuleResult.failed(rule, ISSUE_TYPES_MISSING, String.join(", ", missing));
  }
}
