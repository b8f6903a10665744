package io.lodestar.pmo.app.risk.persistence;

import io.lodestar.pmo.engine.risk.scoring.Bands;
import io.lodestar.pmo.engine.risk.scoring.CellBanding;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.LookupModel;
import io.lodestar.pmo.engine.risk.scoring.RpnModel;
import io.lodestar.pmo.engine.risk.scoring.Scale;
import io.lodestar.pmo.engine.risk.scoring.ThresholdBanding;
import java.math.BigDecimal;
import java.util.List;

/** Sample models of every kind for persistence tests. */
public final class ScoringModels {

  private ScoringModels() {}

  /** PMBOK 5×5 with four threshold bands, as seeded by the v1 upgrade task. */
  public static FormulaModel pmbokWithCritical() {
    return FormulaModel.of(
        "PMBOK 5\u00d75",
        Scale.pmbokProbability(),
        Scale.pmbokImpact(),
        ThresholdBanding.of(Bands.lowMediumHighCritical(), "0", "0.05", "0.18", "0.36"));
  }

  /** A 3×3 lookup model with configured scores and labels that need escaping. */
  public static LookupModel lookupWithAwkwardLabels() {
    Scale probability = Scale.ordinal(List.of("Rare = 1", "Possible: #2", "Likely\n(3) \u00e9"));
    Scale impact = Scale.ordinal(List.of("Minor, low", "Major!", "Severe\\"));
    CellBanding cells =
        CellBanding.of(
            Bands.lowMediumHigh(),
            List.of(
                List.of("low", "low", "medium"),
                List.of("low", "medium", "high"),
                List.of("medium", "high", "high")));
    return LookupModel.of(
        "Lookup 3\u00d73",
        probability,
        impact,
        cells,
        List.of(decimals("1", "2", "3.5"), decimals("2", "4", "6"), decimals("3", "6", "9.25")));
  }

  /** The FMEA 1..10 RPN model. */
  public static RpnModel fmea() {
    return RpnModel.fmeaDefault();
  }

  private static List<BigDecimal> decimals(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }
}
