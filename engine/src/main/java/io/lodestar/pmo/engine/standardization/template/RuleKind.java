package io.lodestar.pmo.engine.standardization.template;

/** The kinds of template rule; each has one named compliance policy. */
public enum RuleKind {
  /** The project's issue type scheme holds the required issue types. */
  ISSUE_TYPES,
  /** Required fields are on the project's create or edit screen. */
  SCREEN_FIELDS,
  /** Fields are required (must have a value) in the project's field configuration. */
  MANDATORY_FIELDS,
  /** Required project roles have at least one member. */
  ROLES,
  /** The project is in the required project category. */
  CATEGORY,
  /** The project key matches a glob. */
  KEY_PATTERN,
  /** The project name matches a glob. */
  NAME_PATTERN,
  /** Required project-profile attributes have a value. */
  PROFILE,
  /** Required components exist (and have a lead when asked). */
  COMPONENTS,
  /** Versions policy: an unreleased version exists, with a release date when asked. */
  VERSIONS,
  /** An issue type's workflow has the template's shape. */
  WORKFLOW,
  /** A JQL count against a threshold. */
  ARTIFACT
}
