package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.VERSIONS_NONE_UNRELEASED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.VERSIONS_NO_RELEASE_DATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.VERSIONS_PASSED;

import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration.ProjectVersion;
import io.lodestar.pmo.engine.standardization.template.ProjectRule.VersionRules;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.util.List;

/**
 * Versions policy: at least one unreleased, unarchived version (when required), and a release date
 * on every unreleased, unarchived version (when required).
 */
public final class VersionsPolicy implements CompliancePolicy<VersionRules> {

  @Override
  public RuleKind kind() {
    return RuleKind.VERSIONS;
  }

  @Override
  public Class<VersionRules> ruleType() {
    return VersionRules.class;
  }

  @Override
  public RuleResult evaluate(VersionRules rule, ProjectFacts facts) {
    List<ProjectVersion> open =
        facts.project().versions().stream().filter(v -> !v.released() && !v.archived()).toList();
    if (rule.unreleasedRequired() && open.isEmpty()) {
      return RuleResult.failed(rule, VERSIONS_NONE_UNRELEASED);
    }
    if (rule.releaseDateRequired()) {
      List<String> undated =
          open.stream().filter(v -> v.releaseDate().isEmpty()).map(ProjectVersion::name).toList();
      if (!undated.isEmpty()) {
        return RuleResult.failed(rule, VERSIONS_NO_RELEASE_DATE, String.join(", ", undated));
      }
    }
    return RuleResult.passed(rule, VERSIONS_PASSED);
  }
}
