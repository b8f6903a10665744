package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.template.TemplateRule;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Every active compliance policy, one per rule kind, in one place. */
public final class PolicyRegistry {

  private final Map<RuleKind, CompliancePolicy<?>> policies;

  private PolicyRegistry(List<CompliancePolicy<?>> list) {
    Map<RuleKind, CompliancePolicy<?>> map = new EnumMap<>(RuleKind.class);
    for (CompliancePolicy<?> p : list) {
      if (map.put(p.kind(), p) != null) {
        throw new IllegalArgumentException("two policies for " + p.kind());
      }
    }
    for (RuleKind kind : RuleKind.values()) {
      if (!map.containsKey(kind)) {
        throw new IllegalArgumentException("no policy for " + kind);
      }
    }
    this.policies = Map.copyOf(map);
  }

  /** The standard policies: one per {@link RuleKind}. */
  public static PolicyRegistry standard() {
    return new PolicyRegistry(
        List.of(
            new IssueTypesPolicy(),
            new ScreenFieldsPolicy(),
            new MandatoryFieldsPolicy(),
            new RolesPolicy(),
            new CategoryPolicy(),
            new KeyPatternPolicy(),
            new NamePatternPolicy(),
            new ProfilePolicy(),
            new ComponentsPolicy(),
            new VersionsPolicy(),
            new WorkflowPolicy(),
            new ArtifactCountPolicy()));
  }

  /** The policy of {@code kind}. */
  public CompliancePolicy<?> policy(RuleKind kind) {
    return policies.get(Objects.requireNonNull(kind, "kind"));
  }

  /** Judges {@code rule} with its kind's policy. */
  public RuleResult evaluate(TemplateRule rule, ProjectFacts facts) {
    return judge(policies.get(rule.kind()), rule, facts);
  }

  private static <R extends TemplateRule> RuleResult judge(
      CompliancePolicy<R> policy, TemplateRule rule, ProjectFacts facts) {
    return policy.evaluate(policy.ruleType().cast(rule), facts);
  }
}
