package io.lodestar.pmo.engine.standardization.template;

/** The screen of a project's screen scheme a field rule is about. */
public enum ScreenKind {
  CREATE,
  EDIT
}
