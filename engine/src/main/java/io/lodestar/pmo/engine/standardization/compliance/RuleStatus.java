package io.lodestar.pmo.engine.standardization.compliance;

/** What a rule concluded for one project. */
public enum RuleStatus {
  PASSED,
  FAILED,
  /** Could not be judged (a scheme unreadable, a count that could not run): counted apart. */
  UNKNOWN
}
