package io.lodestar.pmo.engine.risk.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Bands per matrix cell: {@code bandKeys.get(p - 1).get(i - 1)} is the key of the band of the cell
 * with probability rank {@code p} and impact rank {@code i}. Rows are in <b>ascending</b>
 * probability rank (row 0 = rank 1), unlike the preview, which shows the most likely row first. The
 * matrix is rectangular, at most 10×10, and every key names one of the bands.
 *
 * @param bands the bands
 * @param bandKeys band key per cell, [probabilityRank − 1][impactRank − 1]
 */
public record CellBanding(Bands bands, List<List<String>> bandKeys) implements Banding {

  public CellBanding {
    Objects.requireNonNull(bands, "bands");
    List<List<String>> copy = new ArrayList<>();
    for (List<String> row : bandKeys) {
      copy.add(List.copyOf(row));
    }
    bandKeys = List.copyOf(copy);
    if (bandKeys.isEmpty() || bandKeys.size() > Scale.MAX_LEVELS) {
      throw new IllegalArgumentException("1..10 rows");
    }
    int columns = bandKeys.get(0).size();
    if (columns == 0 || columns > Scale.MAX_LEVELS) {
      throw new IllegalArgumentException("1..10 columns");
    }
    for (List<String> row : bandKeys) {
      if (row.size() != columns) {
        throw new IllegalArgumentException("matrix is not rectangular");
      }
      for (String key : row) {
        if (bands.byKey(key).isEmpty()) {
          throw new IllegalArgumentException("unknown band key " + key);
        }
      }
    }
  }

  public static CellBanding of(Bands bands, List<List<String>> bandKeys) {
    return new CellBanding(bands, bandKeys);
  }

  @Override
  public BandingMode mode() {
    return BandingMode.CELLS;
  }

  /** Number of probability rows. */
  public int rows() {
    return bandKeys.size();
  }

  /** Number of impact columns. */
  public int columns() {
    return bandKeys.get(0).size();
  }

  /**
   * The band of {@code cell}.
   *
   * @throws IllegalArgumentException when the cell is outside the matrix
   */
  public Band bandFor(Cell cell) {
    if (cell.probabilityRank() > rows() || cell.impactRank() > columns()) {
      throw new IllegalArgumentException("cell outside the matrix: " + cell);
    }
    String key = bandKeys.get(cell.probabilityRank() - 1).get(cell.impactRank() - 1);
    return bands.byKey(key).orElseThrow();
  }

  @Override
  public Band bandFor(Cell cell, BigDecimal score) {
    return bandFor(cell);
  }
}
