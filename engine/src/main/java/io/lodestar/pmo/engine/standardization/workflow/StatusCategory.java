package io.lodestar.pmo.engine.standardization.workflow;

/** Jira's three status categories (To Do, In Progress, Done). */
public enum StatusCategory {
  TODO,
  IN_PROGRESS,
  DONE
}
