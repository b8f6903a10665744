package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.engine.risk.scoring.CellEvaluation;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import io.lodestar.pmo.engine.risk.scoring.ScaleLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * A heat map ready for an inline SVG: rows are probability levels from highest to lowest, columns
 * impact levels from lowest to highest, every cell with its band colour, its risk count and a link
 * to the register filtered to that cell. Geometry is computed here so the template only prints
 * numbers.
 *
 * @param title the heading, already translated
 * @param width SVG width in px
 * @param height SVG height in px
 * @param columns impact labels with their x position
 * @param rows probability rows with their cells
 */
public record HeatMapView(
    String title, int width, int height, List<AxisLabel> columns, List<Row> rows) {

  /** Width of the row-label gutter, px. */
  static final int GUTTER = 96;

  /** Cell width and height, px. */
  static final int CELL = 44;

  /** Height of the column-label band under the grid, px. */
  static final int FOOTER = 40;

  public HeatMapView {
    Objects.requireNonNull(title, "title");
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * An axis label.
   *
   * @param label the level label
   * @param x x of the label's centre (columns) or right edge (rows), px
   * @param y y of the label's baseline, px
   */
  public record AxisLabel(String label, int x, int y) {}

  /**
   * One probability row.
   *
   * @param label the row's probability label and position
   * @param cells one per impact level, lowest first
   */
  public record Row(AxisLabel label, List<CellView> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /**
   * One cell.
   *
   * @param probabilityRank the row's 1-based probability rank
   * @param impactRank the column's 1-based impact rank
   * @param count risks in this cell
   * @param colour the band colour, {@code #rgb} or {@code #rrggbb}
   * @param bandLabel the band label, for the tooltip
   * @param url the register filtered to this cell
   * @param x left edge, px
   * @param y top edge, px
   * @param size edge length, px
   */
  public record CellView(
      int probabilityRank,
      int impactRank,
      long count,
      String colour,
      String bandLabel,
      String url,
      int x,
      int y,
      int size) {

    /**
     * @return x of the cell centre, px
     */
    public int centreX() {
      return x + size / 2;
    }

    /**
     * @return y of the count's baseline, px
     */
    public int textY() {
      return y + size / 2 + 5;
    }

    /**
     * @return whether any risk lies in this cell
     */
    public boolean isOccupied() {
      return count > 0;
    }
  }

  /**
   * Lays a heat map out.
   *
   * @param title the heading, translated
   * @param preview the model's matrix (colours and labels), highest probability first
   * @param counts risk count per cell, {@code counts[probabilityRank - 1][impactRank - 1]}; a
   *     missing row or column counts as 0
   * @param cellUrl the link of a cell, given probability and impact rank
   */
  public static HeatMapView of(
      String title,
      ModelPreview preview,
      long[][] counts,
      BiFunction<Integer, Integer, String> cellUrl) {
    int columnCount = preview.columns().size();
    int rowCount = preview.rows().size();
    List<Row> rows = new ArrayList<>();
    for (int r = 0; r < rowCount; r++) {
      ModelPreview.Row row = preview.rows().get(r);
      int probabilityRank = row.probability().rank();
      int y = r * CELL;
      List<CellView> cells = new ArrayList<>();
      for (int c = 0; c < columnCount; c++) {
        CellEvaluation cell = row.cells().get(c);
        int impactRank = c + 1;
        cells.add(
            new CellView(
                probabilityRank,
                impactRank,
                count(counts, probabilityRank, impactRank),
                cell.band().colour(),
                cell.band().label(),
                cellUrl.apply(probabilityRank, impactRank),
                GUTTER + c * CELL,
                y,
                CELL - 2));
      }
      rows.add(
          new Row(new AxisLabel(row.probability().label(), GUTTER - 6, y + CELL / 2 + 4), cells));
    }
    List<AxisLabel> columns = new ArrayList<>();
    int labelY = rowCount * CELL + 16;
    for (int c = 0; c < columnCount; c++) {
      ScaleLevel level = preview.columns().get(c);
      columns.add(new AxisLabel(level.label(), GUTTER + c * CELL + CELL / 2, labelY));
    }
    return new HeatMapView(
        title, GUTTER + columnCount * CELL, rowCount * CELL + FOOTER, columns, rows);
  }

  private static long count(long[][] counts, int probabilityRank, int impactRank) {
    if (counts == null || probabilityRank > counts.length) {
      return 0;
    }
    long[] row = counts[probabilityRank - 1];
    return row == null || impactRank > row.length ? 0 : row[impactRank - 1];
  }
}
