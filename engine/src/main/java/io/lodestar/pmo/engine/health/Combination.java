package io.lodestar.pmo.engine.health;

/** How the dimensions' colours make the overall health. */
public enum Combination {
  /** The worst rated dimension (the default). */
  WORST_OF,
  /**
   * The weighted mean of the rated dimensions' ranks (green 0, amber 1, red 2): below 0.5 green,
   * below 1.5 amber, else red (ours). A red dimension with a large weight can still be outvoted,
   * which is why worst-of is the default.
   */
  WEIGHTED
}
