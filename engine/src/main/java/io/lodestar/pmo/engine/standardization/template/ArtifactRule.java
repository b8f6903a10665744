package io.lodestar.pmo.engine.standardization.template;

import io.lodestar.pmo.engine.standardization.Severity;
import java.util.Objects;

/**
 * A rule evaluated with one JQL count per project, never by loading issues, e.g. "every Epic has a
 * due date": {@code project = {project} AND issuetype = Epic AND duedate is EMPTY}, at most 0.
 *
 * @param id stable rule id; never null
 * @param severity weight in the score; never null
 * @param name what the rule requires, as the admin wrote it; never null
 * @param jql the count query; never null
 * @param expectation the threshold; never null
 * @param remediation how to fix a failure, as the admin wrote it (plain text); never null, may be
 *     empty
 */
public record ArtifactRule(
    String id,
    Severity severity,
    String name,
    JqlTemplate jql,
    CountExpectation expectation,
    String remediation)
    implements TemplateRule {

  public ArtifactRule {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(jql, "jql");
    Objects.requireNonNull(expectation, "expectation");
    Objects.requireNonNull(remediation, "remediation");
  }

  @Override
  public RuleKind kind() {
    return RuleKind.ARTIFACT;
  }
}
