package io.lodestar.pmo.engine.risk.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Lookup-table model: the band of every cell is configured ({@link CellBanding}, up to 10×10), and
 * so, optionally, is the score. Without configured scores a cell's score is the <b>rank product</b>
 * {@code probabilityRank × impactRank} (scale 0).
 *
 * @param id store id, 0 when new
 * @param name display name
 * @param version optimistic-locking version, 0 when new
 * @param probabilityScale row scale
 * @param impactScale column scale
 * @param banding band per cell, matching the scales' sizes
 * @param cellScores score per cell, [probabilityRank − 1][impactRank − 1]; empty for rank product
 */
public record LookupModel(
    long id,
    String name,
    long version,
    Scale probabilityScale,
    Scale impactScale,
    CellBanding banding,
    List<List<BigDecimal>> cellScores)
    implements ScoringModel {

  public LookupModel {
    ScoringModel.checkIdentity(id, name, version);
    Objects.requireNonNull(probabilityScale, "probabilityScale");
    Objects.requireNonNull(impactScale, "impactScale");
    Objects.requireNonNull(banding, "banding");
    ScoringModel.checkCellsFit(banding, probabilityScale, impactScale);
    List<List<BigDecimal>> copy = new ArrayList<>();
    for (List<BigDecimal> row : cellScores) {
      copy.add(List.copyOf(row));
    }
    cellScores = List.copyOf(copy);
    if (!cellScores.isEmpty()) {
      if (cellScores.size() != probabilityScale.size()) {
        throw new IllegalArgumentException("cellScores rows differ from the probability scale");
      }
      for (List<BigDecimal> row : cellScores) {
        if (row.size() != impactScale.size()) {
          throw new IllegalArgumentException("cellScores columns differ from the impact scale");
        }
      }
    }
  }

  /** A lookup model scoring cells by rank product. */
  public static LookupModel of(
      String name, Scale probabilityScale, Scale impactScale, CellBanding banding) {
    return new LookupModel(0, name, 0, probabilityScale, impactScale, banding, List.of());
  }

  /** A lookup model with a configured score per cell. */
  public static LookupModel of(
      String name,
      Scale probabilityScale,
      Scale impactScale,
      CellBanding banding,
      List<List<BigDecimal>> cellScores) {
    return new LookupModel(0, name, 0, probabilityScale, impactScale, banding, cellScores);
  }

  @Override
  public ModelKind kind() {
    return ModelKind.LOOKUP;
  }

  /** Whether scores are configured rather than rank products. */
  public boolean hasConfiguredScores() {
    return !cellScores.isEmpty();
  }

  @Override
  public CellEvaluation evaluate(int probabilityRank, int impactRank, OptionalInt detectability) {
    probabilityScale.level(probabilityRank);
    impactScale.level(impactRank);
    Cell cell = Cell.of(probabilityRank, impactRank);
    BigDecimal score =
        cellScores.isEmpty()
            ? BigDecimal.valueOf((long) probabilityRank * impactRank)
            : cellScores.get(probabilityRank - 1).get(impactRank - 1);
    return new CellEvaluation(cell, score, banding.bandFor(cell));
  }

  @Override
  public LookupModel withIdentity(long id, long version) {
    return new LookupModel(id, name, version, probabilityScale, impactScale, banding, cellScores);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof LookupModel m)) {
      return false;
    }
    if (id != m.id
        || version != m.version
        || !name.equals(m.name)
        || !probabilityScale.equals(m.probabilityScale)
        || !impactScale.equals(m.impactScale)
        || !banding.equals(m.banding)
        || cellScores.size() != m.cellScores.size()) {
      return false;
    }
    for (int r = 0; r < cellScores.size(); r++) {
      for (int c = 0; c < cellScores.get(r).size(); c++) {
        if (cellScores.get(r).get(c).compareTo(m.cellScores.get(r).get(c)) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, name, version, probabilityScale, impactScale, banding);
  }
}
