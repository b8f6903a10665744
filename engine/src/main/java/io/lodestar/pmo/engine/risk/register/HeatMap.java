package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import java.util.List;

/**
 * Counts of risks per matrix cell, inherent and residual side by side. Invariant: for each state,
 * the sum of the cell counts plus that state's unrated count equals {@link #total()}.
 *
 * @param rows probability (RPN: occurrence) levels
 * @param columns impact (RPN: severity) levels
 * @param cells one per cell, rows from the highest probability down, columns lowest impact first
 *     (the preview's orientation)
 * @param inherentUnrated risks whose inherent rating is unrated
 * @param residualUnrated risks whose residual rating is unrated
 * @param total risks fed
 */
public record HeatMap(
    int rows,
    int columns,
    List<HeatMapCell> cells,
    long inherentUnrated,
    long residualUnrated,
    long total) {

  public HeatMap {
    cells = List.copyOf(cells);
    if (cells.size() != rows * columns) {
      throw new IllegalArgumentException("need rows × columns cells");
    }
  }

  /**
   * One cell.
   *
   * @param cell the cell
   * @param inherent risks whose inherent assessment falls here
   * @param residual risks whose residual assessment falls here
   */
  public record HeatMapCell(Cell cell, long inherent, long residual) {}

  /** The counts of {@code cell}. */
  public HeatMapCell cell(int probabilityRank, int impactRank) {
    if (probabilityRank < 1 || probabilityRank > rows || impactRank < 1 || impactRank > columns) {
      throw new IllegalArgumentException("no cell " + probabilityRank + "," + impactRank);
    }
    return cells.get((rows - probabilityRank) * columns + impactRank - 1);
  }

  /** The count for one state (INHERENT or RESIDUAL) in {@code cell}. */
  public long count(RiskState state, Cell cell) {
    HeatMapCell c = cell(cell.probabilityRank(), cell.impactRank());
    return switch (state) {
      case INHERENT -> c.inherent();
      case RESIDUAL -> c.residual();
      case TARGET -> throw new IllegalArgumentException("the heat map has no target counts");
    };
  }
}
