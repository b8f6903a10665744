package io.lodestar.pmo.engine.portfolio;

/** The two configurable levels above projects. */
public enum PortfolioNodeKind {
  PORTFOLIO,
  PROGRAM
}
