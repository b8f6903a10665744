package io.lodestar.pmo.engine.standardization.compliance;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One evaluation of one project against one template version: kept with history for the trends.
 *
 * @param projectKey never null
 * @param templateId never null
 * @param templateVersion the version judged, at least 1
 * @param evaluatedAt when (UTC); never null
 * @param rules one result per rule, in the template's order; copied
 * @param score the weighted score; never null
 * @param complies whether the project complies (no critical failure, score ≥ threshold)
 */
public record ComplianceResult(
    String projectKey,
    String templateId,
    int templateVersion,
    Instant evaluatedAt,
    List<RuleResult> rules,
    ComplianceScore score,
    boolean complies) {

  public ComplianceResult {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(evaluatedAt, "evaluatedAt");
    rules = List.copyOf(rules);
    Objects.requireNonNull(score, "score");
  }

  /** The failing rules, in the template's order. */
  public List<RuleResult> failing() {
    return rules.stream().filter(r -> r.status() == RuleStatus.FAILED).toList();
  }

  /** The result of rule {@code ruleId}, if the template had it. */
  public java.util.Optional<RuleResult> rule(String ruleId) {
    return rules.stream().filter(r -> r.ruleId().equals(ruleId)).findFirst();
  }
}
