package io.lodestar.pmo.engine.standardization;

/**
 * How much a rule matters. The weights are DOMAIN.md's defaults for the compliance score (ours):
 * critical 5, major 3, minor 1. A project whose critical rule fails never complies, whatever its
 * score.
 */
public enum Severity {
  CRITICAL(5),
  MAJOR(3),
  MINOR(1);

  private final int weight;

  Severity(int weight) {
    this.weight = weight;
  }

  /** The rule's weight in the compliance score; always positive. */
  public int weight() {
    return weight;
  }
}
