package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.config.ConfigurationPort;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.template.TemplateRule;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Judges a project against a template version: every rule through its policy, then the score and
 * whether the project complies. Pass the same {@link
 * io.lodestar.pmo.engine.standardization.config.SchemeCache} for every project of a scan so each
 * scheme is read once; each artifact rule costs exactly one count per project.
 */
public final class ComplianceEvaluator {

  private final PolicyRegistry policies;

  public ComplianceEvaluator(PolicyRegistry policies) {
    this.policies = Objects.requireNonNull(policies, "policies");
  }

  /** The result of {@code project} against {@code version}, stamped {@code at}. */
  public ComplianceResult evaluate(
      TemplateVersion version,
      ProjectConfiguration project,
      ConfigurationPort configuration,
      ArtifactCountPort counts,
      Instant at) {
    ProjectFacts facts = new ProjectFacts(project, configuration, counts);
    List<RuleResult> results = new ArrayList<>();
    for (TemplateRule rule : version.content().rules()) {
      results.add(policies.evaluate(rule, facts));
    }
    ComplianceScore score = ComplianceScore.of(results);
    return new ComplianceResult(
        project.projectKey(),
        version.templateId(),
        version.number(),
        at,
        results,
        score,
        score.complies(version.content().thresholdPercent()));
  }
}
