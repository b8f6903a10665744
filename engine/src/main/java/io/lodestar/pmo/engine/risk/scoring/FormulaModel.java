package io.lodestar.pmo.engine.risk.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * PMBOK formula model: score = probability value × impact value, computed exactly in {@link
 * BigDecimal} and rounded HALF_UP to 2 decimals (so 0.7 × 0.05 = 0.035 → 0.04, where binary
 * floating point would give 0.03). Banding by thresholds or by cell.
 *
 * @param id store id, 0 when new
 * @param name display name
 * @param version optimistic-locking version, 0 when new
 * @param probabilityScale row scale
 * @param impactScale column scale
 * @param banding thresholds, or cells matching the scales' sizes
 */
public record FormulaModel(
    long id, String name, long version, Scale probabilityScale, Scale impactScale, Banding banding)
    implements ScoringModel {

  /** Decimals of a formula score. */
  public static final int SCORE_SCALE = 2;

  public FormulaModel {
    ScoringModel.checkIdentity(id, name, version);
    Objects.requireNonNull(probabilityScale, "probabilityScale");
    Objects.requireNonNull(impactScale, "impactScale");
    Objects.requireNonNull(banding, "banding");
    ScoringModel.checkCellsFit(banding, probabilityScale, impactScale);
  }

  public static FormulaModel of(
      String name, Scale probabilityScale, Scale impactScale, Banding banding) {
    return new FormulaModel(0, name, 0, probabilityScale, impactScale, banding);
  }

  /**
   * The PMBOK 5×5 defaults: probability {0.1 .. 0.9}, impact {0.05 .. 0.8}, bands low (score &lt;
   * 0.05), medium (0.05 ≤ score &lt; 0.18), high (≥ 0.18).
   */
  public static FormulaModel pmbokDefault() {
    return of(
        "PMBOK 5×5",
        Scale.pmbokProbability(),
        Scale.pmbokImpact(),
        ThresholdBanding.of(Bands.lowMediumHigh(), "0", "0.05", "0.18"));
  }

  /** The formula itself: {@code p × i}, HALF_UP to 2 decimals. */
  public static BigDecimal score(BigDecimal probability, BigDecimal impact) {
    return probability.multiply(impact).setScale(SCORE_SCALE, RoundingMode.HALF_UP);
  }

  @Override
  public ModelKind kind() {
    return ModelKind.FORMULA;
  }

  @Override
  public CellEvaluation evaluate(int probabilityRank, int impactRank, OptionalInt detectability) {
    BigDecimal score =
        score(probabilityScale.value(probabilityRank), impactScale.value(impactRank));
    Cell cell = Cell.of(probabilityRank, impactRank);
    return new CellEvaluation(cell, score, banding.bandFor(cell, score));
  }

  @Override
  public FormulaModel withIdentity(long id, long version) {
    return new FormulaModel(id, name, version, probabilityScale, impactScale, banding);
  }
}
