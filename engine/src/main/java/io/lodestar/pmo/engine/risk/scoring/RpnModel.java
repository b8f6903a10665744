package io.lodestar.pmo.engine.risk.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Three-parameter FMEA model: RPN = severity value × occurrence value × detectability value, each
 * on its own scale (usually ordinal 1..10, higher detectability rank = harder to detect), computed
 * exactly. Banded by score thresholds. As a matrix, rows are occurrence and columns severity.
 *
 * @param id store id, 0 when new
 * @param name display name
 * @param version optimistic-locking version, 0 when new
 * @param severityScale severity scale (matrix columns)
 * @param occurrenceScale occurrence scale (matrix rows)
 * @param detectabilityScale detectability scale
 * @param banding thresholds on the RPN
 */
public record RpnModel(
    long id,
    String name,
    long version,
    Scale severityScale,
    Scale occurrenceScale,
    Scale detectabilityScale,
    ThresholdBanding banding)
    implements ScoringModel {

  public RpnModel {
    ScoringModel.checkIdentity(id, name, version);
    Objects.requireNonNull(severityScale, "severityScale");
    Objects.requireNonNull(occurrenceScale, "occurrenceScale");
    Objects.requireNonNull(detectabilityScale, "detectabilityScale");
    Objects.requireNonNull(banding, "banding");
  }

  public static RpnModel of(
      String name,
      Scale severity,
      Scale occurrence,
      Scale detectability,
      ThresholdBanding banding) {
    return new RpnModel(0, name, 0, severity, occurrence, detectability, banding);
  }

  /** FMEA 1..10 defaults: bands low (RPN &lt; 100), medium (100 ≤ RPN &lt; 200), high (≥ 200). */
  public static RpnModel fmeaDefault() {
    return of(
        "FMEA RPN 1–10",
        Scale.ordinal(10),
        Scale.ordinal(10),
        Scale.ordinal(10),
        ThresholdBanding.of(Bands.lowMediumHigh(), "0", "100", "200"));
  }

  /** The RPN of three values. */
  public static BigDecimal rpn(
      BigDecimal severity, BigDecimal occurrence, BigDecimal detectability) {
    return severity.multiply(occurrence).multiply(detectability);
  }

  @Override
  public ModelKind kind() {
    return ModelKind.RPN;
  }

  /** Occurrence, the matrix rows. */
  @Override
  public Scale probabilityScale() {
    return occurrenceScale;
  }

  /** Severity, the matrix columns. */
  @Override
  public Scale impactScale() {
    return severityScale;
  }

  @Override
  public Optional<Scale> detectability() {
    return Optional.of(detectabilityScale);
  }

  /**
   * @param probabilityRank occurrence rank
   * @param impactRank severity rank
   * @param detectabilityRank detectability rank; required
   */
  @Override
  public CellEvaluation evaluate(
      int probabilityRank, int impactRank, OptionalInt detectabilityRank) {
    if (detectabilityRank.isEmpty()) {
      throw new IllegalArgumentException("an RPN needs a detectability rank");
    }
    BigDecimal score =
        rpn(
            severityScale.value(impactRank),
            occurrenceScale.value(probabilityRank),
            detectabilityScale.value(detectabilityRank.getAsInt()));
    return new CellEvaluation(Cell.of(probabilityRank, impactRank), score, banding.bandFor(score));
  }

  @Override
  public RpnModel withIdentity(long id, long version) {
    return new RpnModel(
        id, name, version, severityScale, occurrenceScale, detectabilityScale, banding);
  }
}
