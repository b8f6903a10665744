package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.template.TemplateRule;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one rule concluded for one project, with the reason as a message key.
 *
 * @param ruleId the rule's id; never null
 * @param kind the rule's kind; never null
 * @param severity the rule's severity; never null
 * @param status passed, failed or unknown; never null
 * @param messageKey the reason; never null
 * @param args the key's arguments; copied
 * @param count the artifact count, for artifact rules that ran; empty otherwise
 * @param navigatorPath the issue navigator address of the counted issues (artifact rules); empty
 *     otherwise
 * @param remediation how to fix it, as the admin wrote it; empty string when none
 */
public record RuleResult(
    String ruleId,
    RuleKind kind,
    Severity severity,
    RuleStatus status,
    String messageKey,
    List<Object> args,
    OptionalLong count,
    Optional<String> navigatorPath,
    String remediation) {

  public RuleResult {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(messageKey, "messageKey");
    args = List.copyOf(args);
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(navigatorPath, "navigatorPath");
    Objects.requireNonNull(remediation, "remediation");
  }

  static RuleResult of(TemplateRule rule, RuleStatus status, String messageKey, Object... args) {
    return new RuleResult(
        rule.id(),
        rule.kind(),
        rule.severity(),
        status,
        messageKey,
        List.of(args),
        OptionalLong.empty(),
        Optional.empty(),
        "");
  }

  static RuleResult passed(TemplateRule rule, String messageKey, Object... args) {
    return of(rule, RuleStatus.PASSED, messageKey, args);
  }

  static RuleResult failed(TemplateRule rule, String messageKey, Object... args) {
    return of(rule, RuleStatus.FAILED, messageKey, args);
  }

  static RuleResult unknown(TemplateRule rule, String messageKey, Object... args) {
    return of(rule, RuleStatus.UNKNOWN, messageKey, args);
  }

  /** True when the rule passed. */
  public boolean passed() {
    return status == RuleStatus.PASSED;
  }
}
