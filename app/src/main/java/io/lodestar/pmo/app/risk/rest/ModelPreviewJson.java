package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.CellEvaluation;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import io.lodestar.pmo.engine.risk.scoring.ScaleLevel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * The matrix of a scoring model as an admin previews it: rows from the most likely level down,
 * columns from the least impact up, every cell with score and band.
 *
 * @param kind {@code formula}, {@code lookup} or {@code rpn}
 * @param columns impact (RPN: severity) levels, lowest first
 * @param rows probability (RPN: occurrence) rows, highest first
 * @param detectabilityRank the detectability rank the cells were evaluated at (RPN), else null
 */
public record ModelPreviewJson(
    String kind, List<LevelRef> columns, List<RowJson> rows, Integer detectabilityRank) {

  /**
   * A level with its rank.
   *
   * @param rank 1-based rank, 1 = lowest
   * @param label display label
   * @param value numeric value
   */
  public record LevelRef(int rank, String label, BigDecimal value) {
    static LevelRef of(ScaleLevel level) {
      return new LevelRef(level.rank(), level.label(), level.value());
    }
  }

  /**
   * A band as shown in a cell or a row of the register.
   *
   * @param key stable key
   * @param label display label
   * @param colour CSS colour
   * @param rank 1 = least severe
   */
  public record BandRef(String key, String label, String colour, int rank) {
    static BandRef of(Band band) {
      return band == null
          ? null
          : new BandRef(band.key(), band.label(), band.colour(), band.rank());
    }
  }

  /**
   * One row of the matrix.
   *
   * @param probability the row's level
   * @param cells one per column
   */
  public record RowJson(LevelRef probability, List<CellJson> cells) {}

  /**
   * One cell.
   *
   * @param probabilityRank row rank
   * @param impactRank column rank
   * @param score the cell's score
   * @param band the cell's band
   */
  public record CellJson(int probabilityRank, int impactRank, BigDecimal score, BandRef band) {
    static CellJson of(CellEvaluation e) {
      return new CellJson(
          e.cell().probabilityRank(), e.cell().impactRank(), e.score(), BandRef.of(e.band()));
    }
  }

  /** The JSON of an engine preview. */
  public static ModelPreviewJson of(ModelPreview preview) {
    return new ModelPreviewJson(
        preview.kind().name().toLowerCase(Locale.ROOT),
        preview.columns().stream().map(LevelRef::of).toList(),
        preview.rows().stream()
            .map(
                r ->
                    new RowJson(
                        LevelRef.of(r.probability()),
                        r.cells().stream().map(CellJson::of).toList()))
            .toList(),
        preview.detectabilityRank().isPresent() ? preview.detectabilityRank().getAsInt() : null);
  }
}
