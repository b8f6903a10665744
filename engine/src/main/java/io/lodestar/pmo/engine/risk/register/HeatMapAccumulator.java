package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.StateAssessment;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a {@link HeatMap} for one model's matrix. Memory: two rows × columns counters. Risks must
 * be assessed with a model of the same matrix size; a cell outside it is a bug (exception).
 */
public final class HeatMapAccumulator implements RegisterAccumulator<HeatMap> {

  private final int rows;
  private final int columns;
  private final long[][] inherent;
  private final long[][] residual;
  private long inherentUnrated;
  private long residualUnrated;
  private long total;

  /** A heat map of {@code rows} probability × {@code columns} impact levels. */
  public HeatMapAccumulator(int rows, int columns) {
    if (rows < 1 || columns < 1) {
      throw new IllegalArgumentException("rows and columns must be >= 1");
    }
    this.rows = rows;
    this.columns = columns;
    this.inherent = new long[rows][columns];
    this.residual = new long[rows][columns];
  }

  /** A heat map for {@code model}'s matrix. */
  public static HeatMapAccumulator of(ScoringModel model) {
    return new HeatMapAccumulator(model.probabilityScale().size(), model.impactScale().size());
  }

  @Override
  public void accept(AssessedRisk risk) {
    total++;
    if (!count(risk.inherent(), inherent)) {
      inherentUnrated++;
    }
    if (!count(risk.residual(), residual)) {
      residualUnrated++;
    }
  }

  private boolean count(StateAssessment assessment, long[][] counts) {
    Optional<Cell> cell = assessment.cellIfRated();
    if (cell.isEmpty()) {
      return false;
    }
    int p = cell.get().probabilityRank();
    int i = cell.get().impactRank();
    if (p > rows || i > columns) {
      throw new IllegalArgumentException("cell " + cell.get() + " outside " + rows + "×" + columns);
    }
    counts[p - 1][i - 1]++;
    return true;
  }

  @Override
  public HeatMap result() {
    List<HeatMap.HeatMapCell> cells = new ArrayList<>(rows * columns);
    for (int p = rows; p >= 1; p--) {
      for (int i = 1; i <= columns; i++) {
        cells.add(
            new HeatMap.HeatMapCell(Cell.of(p, i), inherent[p - 1][i - 1], residual[p - 1][i - 1]));
      }
    }
    return new HeatMap(rows, columns, cells, inherentUnrated, residualUnrated, total);
  }
}
