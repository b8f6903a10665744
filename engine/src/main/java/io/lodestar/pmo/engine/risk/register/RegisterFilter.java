package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Which register rows to show. All criteria combine with AND; a null or empty criterion matches
 * everything.
 *
 * @param statuses statuses to show; empty = all
 * @param ownerKey only risks owned by this user key; null = any owner
 * @param bandKey only risks whose <em>current</em> band has this key; null = any (unrated included)
 * @param overdueOnly only active risks whose review date is before {@code asOf}
 * @param asOf today; required when {@code overdueOnly}
 * @param cell only risks in this heat-map cell (of the inherent or residual map); null = any
 */
public record RegisterFilter(
    Set<RiskStatus> statuses,
    String ownerKey,
    String bandKey,
    boolean overdueOnly,
    LocalDate asOf,
    CellCriterion cell)
    implements Predicate<AssessedRisk> {

  /** Everything. */
  public static final RegisterFilter ALL =
      new RegisterFilter(Set.of(), null, null, false, null, null);

  /** The field named by {@link #violations} when the cell lies outside the model's matrix. */
  public static final String CELL_FIELD = "cell";

  /** The field named by {@link #violations} when the band is not one of the model's. */
  public static final String BAND_FIELD = "band";

  public RegisterFilter {
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    if (overdueOnly && asOf == null) {
      throw new IllegalArgumentException("overdueOnly needs asOf");
    }
  }

  /** Active statuses only (OPEN, MITIGATING, ACCEPTED). */
  public static RegisterFilter activeOnly() {
    return ALL.withStatuses(
        EnumSet.of(RiskStatus.OPEN, RiskStatus.MITIGATING, RiskStatus.ACCEPTED));
  }

  public RegisterFilter withStatuses(Set<RiskStatus> statuses) {
    return new RegisterFilter(statuses, ownerKey, bandKey, overdueOnly, asOf, cell);
  }

  public RegisterFilter withOwner(String ownerKey) {
    return new RegisterFilter(statuses, ownerKey, bandKey, overdueOnly, asOf, cell);
  }

  public RegisterFilter withBand(String bandKey) {
    return new RegisterFilter(statuses, ownerKey, bandKey, overdueOnly, asOf, cell);
  }

  public RegisterFilter overdueAsOf(LocalDate asOf) {
    return new RegisterFilter(statuses, ownerKey, bandKey, true, asOf, cell);
  }

  /** This filter restricted to one heat-map cell; null removes the cell criterion. */
  public RegisterFilter inCell(CellCriterion cell) {
    return new RegisterFilter(statuses, ownerKey, bandKey, overdueOnly, asOf, cell);
  }

  /**
   * What makes this filter unusable with {@code model}: a band the model does not define (field
   * {@value #BAND_FIELD}, {@link RiskMessageKeys#BAND_UNKNOWN}, so that a typo is reported instead
   * of answering an empty register), a cell outside its matrix (field {@value #CELL_FIELD}, {@link
   * RiskMessageKeys#CELL_OUTSIDE_MATRIX}). An unknown owner cannot be wrong for a model: it simply
   * matches nothing.
   *
   * @return the violations, band first; empty when the filter fits
   */
  public List<Violation> violations(ScoringModel model) {
    List<Violation> violations = new ArrayList<>(2);
    if (bandKey != null && model.bands().byKey(bandKey).isEmpty()) {
      violations.add(
          Violation.of(
              BAND_FIELD,
              RiskMessageKeys.BAND_UNKNOWN,
              bandKey,
              model.bands().bands().stream().map(Band::key).collect(Collectors.joining(", "))));
    }
    if (cell != null && !cell.fits(model)) {
      violations.add(
          Violation.of(
              CELL_FIELD,
              RiskMessageKeys.CELL_OUTSIDE_MATRIX,
              cell.cell().probabilityRank(),
              cell.cell().impactRank(),
              model.probabilityScale().size(),
              model.impactScale().size()));
    }
    return List.copyOf(violations);
  }

  @Override
  public boolean test(AssessedRisk risk) {
    if (!statuses.isEmpty() && !statuses.contains(risk.risk().status())) {
      return false;
    }
    if (ownerKey != null && !ownerKey.equals(risk.risk().ownerKey())) {
      return false;
    }
    if (bandKey != null
        && !risk.current().bandIfRated().map(b -> b.key().equals(bandKey)).orElse(false)) {
      return false;
    }
    if (cell != null && !cell.matches(risk)) {
      return false;
    }
    return !overdueOnly || risk.risk().isReviewOverdue(asOf);
  }
}
