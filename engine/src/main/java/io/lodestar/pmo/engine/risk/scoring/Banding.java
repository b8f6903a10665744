package io.lodestar.pmo.engine.risk.scoring;

/**
 * How a model assigns a {@link Band}: per matrix cell ({@link CellBanding}) or by score thresholds
 * ({@link ThresholdBanding}).
 */
public sealed interface Banding permits CellBanding, ThresholdBanding {

  /** The bands this banding assigns. */
  Bands bands();

  /** The mode, for drafts and storage. */
  BandingMode mode();

  /**
   * The band of a cell with a score. Threshold banding looks at the score only, cell banding at the
   * cell only.
   *
   * @throws IllegalArgumentException when cell banding has no such cell
   */
  Band bandFor(Cell cell, java.math.BigDecimal score);
}
