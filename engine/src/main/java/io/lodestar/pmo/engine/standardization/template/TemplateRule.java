package io.lodestar.pmo.engine.standardization.template;

import io.lodestar.pmo.engine.standardization.Severity;

/**
 * One rule of a template, identified within the template by {@link #id()} (stable across versions,
 * so results, trends and gate criteria can refer to it).
 */
public sealed interface TemplateRule permits ProjectRule, ArtifactRule, IssueTypeWorkflow {

  /** Stable id, 1 to 64 characters of [A-Za-z0-9_.-]; never null. */
  String id();

  /** How much the rule weighs in the score; never null. */
  Severity severity();

  /** The rule's kind, which selects its compliance policy. */
  RuleKind kind();
}
