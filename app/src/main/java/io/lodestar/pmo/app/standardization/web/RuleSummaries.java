package io.lodestar.pmo.app.standardization.web;

import io.lodestar.pmo.engine.standardization.template.ArtifactRule;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.TemplateRule;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import java.util.stream.Collectors;

/** A one-line, plain-text summary of a rule for the admin page's rule table. */
final class RuleSummaries {

  private RuleSummaries() {}

  static String of(TemplateRule rule) {
    if (rule instanceof IssueTypeWorkflow w) {
      return w.issueType()
          + ": "
          + w.workflow().statuses().stream()
              .map(WorkflowStatus::name)
              .collect(Collectors.joining(" → "))
          + " ("
          + w.workflow().transitions().size()
          + " transitions)";
    }
    if (rule instanceof ArtifactRule a) {
      return a.name()
          + ": "
          + a.jql().text()
          + " — "
          + a.expectation().comparison().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + " "
          + a.expectation().limit();
    }
    if (rule instanceof ProjectRule.RequiredIssueTypes x) {
      return String.join(", ", x.issueTypes());
    }
    if (rule instanceof ProjectRule.RequiredScreenFields x) {
      return x.screen().name().toLowerCase(java.util.Locale.ROOT)
          + ": "
          + String.join(", ", x.fieldIds());
    }
    if (rule instanceof ProjectRule.MandatoryFields x) {
      return String.join(", ", x.fieldIds());
    }
    if (rule instanceof ProjectRule.RequiredRoles x) {
      return String.join(", ", x.roles());
    }
    if (rule instanceof ProjectRule.RequiredCategory x) {
      return x.category();
    }
    if (rule instanceof ProjectRule.KeyPattern x) {
      return x.pattern().pattern();
    }
    if (rule instanceof ProjectRule.NamePattern x) {
      return x.pattern().pattern();
    }
    if (rule instanceof ProjectRule.RequiredProfileAttributes x) {
      return String.join(", ", x.attributes());
    }
    if (rule instanceof ProjectRule.ComponentRules x) {
      return String.join(", ", x.required()) + (x.leadRequired() ? " (with leads)" : "");
    }
    if (rule instanceof ProjectRule.VersionRules x) {
      return (x.unreleasedRequired() ? "an unreleased version" : "")
          + (x.releaseDateRequired() ? ", with release dates" : "");
    }
    return rule.id();
  }
}
