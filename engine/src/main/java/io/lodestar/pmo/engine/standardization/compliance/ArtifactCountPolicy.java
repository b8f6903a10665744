package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ARTIFACT_PASSED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ARTIFACT_TOO_FEW;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ARTIFACT_TOO_MANY;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.UNKNOWN_COUNT;

import io.lodestar.pmo.engine.standardization.template.ArtifactRule;
import io.lodestar.pmo.engine.standardization.template.CountExpectation.Comparison;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Artifact rule: one search count of the rule's JQL for the project (the key substituted as a
 * quoted literal) against the threshold. The result carries the count, the navigator link of the
 * counted issues and the admin's remediation hint. Never loads an issue.
 */
public final class ArtifactCountPolicy implements CompliancePolicy<ArtifactRule> {

  @Override
  public RuleKind kind() {
    return RuleKind.ARTIFACT;
  }

  @Override
  public Class<ArtifactRule> ruleType() {
    return ArtifactRule.class;
  }

  @Override
  public RuleResult evaluate(ArtifactRule rule, ProjectFacts facts) {
    String key = facts.project().projectKey();
    Optional<String> link = Optional.of(rule.jql().navigatorPath(key));
    ArtifactCountPort.CountAnswer answer = facts.counts().count(rule.jql().render(key));
    if (answer instanceof ArtifactCountPort.Unavailable unavailable) {
      return result(
          rule,
          RuleStatus.UNKNOWN,
          UNKNOWN_COUNT,
          OptionalLong.empty(),
          link,
          unavailable.reason());
    }
    long count = ((ArtifactCountPort.Counted) answer).issues();
    long limit = rule.expectation().limit();
    if (rule.expectation().isMetBy(count)) {
      return result(
          rule, RuleStatus.PASSED, ARTIFACT_PASSED, OptionalLong.of(count), link, count, limit);
    }
    String key2 =
        rule.expectation().comparison() == Comparison.AT_MOST
            ? ARTIFACT_TOO_MANY
            : ARTIFACT_TOO_FEW;
    return result(rule, RuleStatus.FAILED, key2, OptionalLong.of(count), link, count, limit);
  }

  private static RuleResult result(
      ArtifactRule rule,
      RuleStatus status,
      String messageKey,
      OptionalLong count,
      Optional<String> link,
      Object... args) {
    return new RuleResult(
        rule.id(),
        rule.kind(),
        rule.severity(),
        status,
        messageKey,
        List.of(args),
        count,
        link,
        rule.remediation());
  }
}
