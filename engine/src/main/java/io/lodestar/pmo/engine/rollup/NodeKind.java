package io.lodestar.pmo.engine.rollup;

/** The levels of the hierarchy; issues hang under epics or directly under projects. */
public enum NodeKind {
  PORTFOLIO,
  PROGRAM,
  PROJECT,
  EPIC
}
