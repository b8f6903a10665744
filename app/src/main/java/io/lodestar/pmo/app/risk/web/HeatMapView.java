package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.engine.risk.scoring.Cell;
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
 * numbers. The probability axis title runs up the left edge (the template rotates it about its
 * anchor), the impact axis title lies under the column labels; the risks the map cannot place
 * (unrated in its state) are counted beside it.
 *
 * @param title the heading, already translated
 * @param width SVG width in px
 * @param height SVG height in px
 * @param columns impact labels with their x position
 * @param rows probability rows with their cells
 * @param probabilityAxis the probability axis title, anchored at its centre (rotated -90°)
 * @param impactAxis the impact axis title, anchored at its centre
 * @param unratedNotice "N not rated", already translated
 */
public record HeatMapView(
    String title,
    int width,
    int height,
    List<AxisLabel> columns,
    List<Row> rows,
    AxisLabel probabilityAxis,
    AxisLabel impactAxis,
    String unratedNotice) {

  /** Width of the row-label gutter, px. */
  static final int GUTTER = 96;

  /** Cell width and height, px. */
  static final int CELL = 44;

  /** Height of the column-label and impact-title band under the grid, px. */
  static final int FOOTER = 52;

  /** x of the rotated probability title's baseline, px. */
  static final int PROBABILITY_TITLE_X = 14;

  public HeatMapView {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(probabilityAxis, "probabilityAxis");
    Objects.requireNonNull(impactAxis, "impactAxis");
    Objects.requireNonNull(unratedNotice, "unratedNotice");
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
   * @param selected whether the register is filtered to this cell of this map
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
      boolean selected,
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
   * The translated words of a heat map.
   *
   * @param title the heading
   * @param probabilityAxis the probability axis title
   * @param impactAxis the impact axis title
   * @param unratedNotice "N not rated"
   */
  public record Words(
      String title, String probabilityAxis, String impactAxis, String unratedNotice) {}

  /**
   * Lays a heat map out.
   *
   * @param words the heading, axis titles and unrated notice, translated
   * @param preview the model's matrix (colours and labels), highest probability first
   * @param counts risk count per cell, {@code counts[probabilityRank - 1][impactRank - 1]}; a
   *     missing row or column counts as 0
   * @param cellUrl the link of a cell, given probability and impact rank
   * @param selected the cell the register is filtered to in this map; null when none
   */
  public static HeatMapView of(
      Words words,
      ModelPreview preview,
      long[][] counts,
      BiFunction<Integer, Integer, String> cellUrl,
      Cell selected) {
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
                selected != null
                    && selected.probabilityRank() == probabilityRank
                    && selected.impactRank() == impactRank,
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
    int gridHeight = rowCount * CELL;
    return new HeatMapView(
        words.title(),
        GUTTER + columnCount * CELL,
        gridHeight + FOOTER,
        columns,
        rows,
        new AxisLabel(words.probabilityAxis(), PROBABILITY_TITLE_X, gridHeight / 2),
        new AxisLabel(words.impactAxis(), GUTTER + columnCount * CELL / 2, gridHeight + 38),
        words.unratedNotice());
  }

  private static long count(long[][] counts, int probabilityRank, int impactRank) {
    if (counts == null || probabilityRank > counts.length) {
      return 0;
    }
    long[] row = counts[probabilityRank - 1];
    return row == null || impactRank > row.length ? 0 : row[impactRank - 1];
  }
}
