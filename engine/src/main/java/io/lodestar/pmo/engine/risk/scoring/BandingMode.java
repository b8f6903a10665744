package io.lodestar.pmo.engine.risk.scoring;

/** Whether bands are assigned per matrix cell or by score thresholds. */
public enum BandingMode {
  CELLS,
  THRESHOLDS
}
