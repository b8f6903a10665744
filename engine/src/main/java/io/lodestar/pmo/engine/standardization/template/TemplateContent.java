package io.lodestar.pmo.engine.standardization.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one template version holds. Validity is checked by {@link TemplateValidator} before a
 * version is made.
 *
 * @param name the template's name, e.g. {@code Delivery}; never null
 * @param workflows the workflow per issue type; never null, copied
 * @param projectRules configuration rules; never null, copied
 * @param artifactRules JQL count rules; never null, copied
 * @param bindings shared schemes to assign; never null
 * @param thresholdPercent the score a project needs to comply, 0 to 100 with at most 2 decimals
 *     (DOMAIN.md default 90); kept with scale 2
 */
public record TemplateContent(
    String name,
    List<IssueTypeWorkflow> workflows,
    List<ProjectRule> projectRules,
    List<ArtifactRule> artifactRules,
    SchemeBindings bindings,
    BigDecimal thresholdPercent) {

  /** DOMAIN.md: a project complies at a score of 90 % or more (and no critical rule failing). */
  public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(90);

  public TemplateContent {
    Objects.requireNonNull(name, "name");
    workflows = List.copyOf(workflows);
    projectRules = List.copyOf(projectRules);
    artifactRules = List.copyOf(artifactRules);
    Objects.requireNonNull(bindings, "bindings");
    Objects.requireNonNull(thresholdPercent, "thresholdPercent");
    // 90, 90.0 and 90.00 are one threshold: kept to 2 decimals so that equal contents are equal.
    BigDecimal stripped = thresholdPercent.stripTrailingZeros();
    thresholdPercent = stripped.scale() <= 2 ? stripped.setScale(2) : thresholdPercent;
  }

  /** A template with no rules, no bindings and the default threshold. */
  public static TemplateContent named(String name) {
    return new TemplateContent(
        name, List.of(), List.of(), List.of(), SchemeBindings.NONE, DEFAULT_THRESHOLD);
  }

  public TemplateContent withWorkflows(List<IssueTypeWorkflow> newWorkflows) {
    return new TemplateContent(
        name, newWorkflows, projectRules, artifactRules, bindings, thresholdPercent);
  }

  public TemplateContent withProjectRules(List<ProjectRule> newRules) {
    return new TemplateContent(
        name, workflows, newRules, artifactRules, bindings, thresholdPercent);
  }

  public TemplateContent withArtifactRules(List<ArtifactRule> newRules) {
    return new TemplateContent(name, workflows, projectRules, newRules, bindings, thresholdPercent);
  }

  public TemplateContent withBindings(SchemeBindings newBindings) {
    return new TemplateContent(
        name, workflows, projectRules, artifactRules, newBindings, thresholdPercent);
  }

  public TemplateContent withThreshold(BigDecimal newThreshold) {
    return new TemplateContent(
        name, workflows, projectRules, artifactRules, bindings, newThreshold);
  }

  /** Every rule: workflows first, then project rules, then artifact rules. */
  public List<TemplateRule> rules() {
    List<TemplateRule> all = new ArrayList<>(workflows);
    all.addAll(projectRules);
    all.addAll(artifactRules);
    return List.copyOf(all);
  }

  /** The rule with this id, if any. */
  public Optional<TemplateRule> rule(String id) {
    return rules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** The workflow of this issue type (name ignoring case), if the template has one. */
  public Optional<IssueTypeWorkflow> workflowFor(String issueType) {
    return workflows.stream().filter(w -> w.issueType().equalsIgnoreCase(issueType)).findFirst();
  }
}
