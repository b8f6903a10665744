package io.lodestar.pmo.engine.risk.scoring;

/**
 * A cell of the probability × impact matrix, by 1-based ranks (RPN models: occurrence × severity).
 *
 * @param probabilityRank row rank, 1 = least likely
 * @param impactRank column rank, 1 = least impact
 */
public record Cell(int probabilityRank, int impactRank) {

  public Cell {
    if (probabilityRank < 1 || impactRank < 1) {
      throw new IllegalArgumentException(
          "ranks must be >= 1: " + probabilityRank + "," + impactRank);
    }
  }

  public static Cell of(int probabilityRank, int impactRank) {
    return new Cell(probabilityRank, impactRank);
  }
}
