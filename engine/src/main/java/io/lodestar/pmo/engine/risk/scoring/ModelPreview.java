package io.lodestar.pmo.engine.risk.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

/**
 * The full matrix of a model as an admin sees it while editing: rows are probability levels from
 * <b>highest to lowest</b> (the usual heat-map orientation), columns impact levels lowest to
 * highest, every cell with its score and band. For RPN models rows are occurrence, columns
 * severity, and the cells are evaluated at one fixed detectability rank (by default the highest,
 * i.e. the worst case).
 *
 * @param kind the model family
 * @param columns impact (RPN: severity) levels, lowest first
 * @param rows one per probability (RPN: occurrence) level, highest first
 * @param detectabilityRank the detectability rank used (RPN), empty otherwise
 */
public record ModelPreview(
    ModelKind kind, List<ScaleLevel> columns, List<Row> rows, OptionalInt detectabilityRank) {

  public ModelPreview {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }

  /**
   * One matrix row.
   *
   * @param probability the row's probability (RPN: occurrence) level
   * @param cells one per column, lowest impact first
   */
  public record Row(ScaleLevel probability, List<CellEvaluation> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** The preview of {@code model}; RPN models at the highest detectability rank. */
  public static ModelPreview of(ScoringModel model) {
    OptionalInt detectability =
        model.detectability().map(s -> OptionalInt.of(s.size())).orElse(OptionalInt.empty());
    return build(model, detectability);
  }

  /**
   * The preview of an RPN model at {@code detectabilityRank}.
   *
   * @throws IllegalArgumentException when the model is not RPN or the rank is not on its scale
   */
  public static ModelPreview of(ScoringModel model, int detectabilityRank) {
    Scale scale =
        model
            .detectability()
            .orElseThrow(() -> new IllegalArgumentException("not an RPN model: " + model.kind()));
    scale.level(detectabilityRank);
    return build(model, OptionalInt.of(detectabilityRank));
  }

  private static ModelPreview build(ScoringModel model, OptionalInt detectability) {
    Scale probability = model.probabilityScale();
    Scale impact = model.impactScale();
    List<Row> rows = new ArrayList<>();
    for (int p = probability.size(); p >= 1; p--) {
      List<CellEvaluation> cells = new ArrayList<>();
      for (int i = 1; i <= impact.size(); i++) {
        cells.add(model.evaluate(p, i, detectability));
      }
      rows.add(new Row(probability.level(p), cells));
    }
    return new ModelPreview(model.kind(), impact.levels(), rows, detectability);
  }

  /** The cell at ({@code probabilityRank}, {@code impactRank}). */
  public CellEvaluation cell(int probabilityRank, int impactRank) {
    return rows.get(rows.size() - probabilityRank).cells().get(impactRank - 1);
  }
}
