package io.lodestar.pmo.engine.rollup;

/** Jira's three status categories, which every status belongs to. */
public enum StatusCategory {
  TO_DO,
  IN_PROGRESS,
  DONE
}
