package io.lodestar.pmo.engine.risk.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a model says about one set of ranks: the matrix cell, the score and the band. Equality
 * compares the score numerically.
 *
 * @param cell the matrix cell (RPN: occurrence × severity)
 * @param score the score; formula models: 2 decimals; never null
 * @param band the band; never null
 */
public record CellEvaluation(Cell cell, BigDecimal score, Band band) {

  public CellEvaluation {
    Objects.requireNonNull(cell, "cell");
    Objects.requireNonNull(score, "score");
    Objects.requireNonNull(band, "band");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CellEvaluation e
        && cell.equals(e.cell)
        && score.compareTo(e.score) == 0
        && band.equals(e.band);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cell, score.stripTrailingZeros(), band);
  }
}
