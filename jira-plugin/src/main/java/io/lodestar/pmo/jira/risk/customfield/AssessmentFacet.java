package io.lodestar.pmo.jira.risk.customfield;

import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.register.MaterialisedAssessment;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers of one risk's {@link MaterialisedAssessment} that Lodestar's calculated "facet"
 * fields put into Jira's search index, so that the register can filter, sort, page and count risks
 * with JQL ({@code io.lodestar.pmo.jira.risk.index.JiraAssessedRiskIndex}). Each value is a {@code
 * Double} indexed by Jira's exact number searcher; empty means "no value" ({@code is EMPTY}).
 *
 * <p>The codes are part of the index: they are fixed here, never derived from enum ordinals, and
 * never renumbered (a change would need every risk issue re-indexed).
 */
public enum AssessmentFacet {
  /** {@link #statusCode} of the risk's status. */
  STATUS,
  /** {@link #kindCode} of threat or opportunity. */
  KIND,
  /** The current band's rank (1 = lowest); empty when unrated. */
  BAND_RANK,
  /** {@link #cellCode} of the inherent cell; empty when unrated. */
  INHERENT_CELL,
  /** {@link #cellCode} of the residual cell; empty when unrated. */
  RESIDUAL_CELL,
  /** The review date as days since 1970-01-01; empty when none. */
  REVIEW_DAY,
  /** 1 when the risk is above its project's appetite; empty otherwise. */
  ABOVE_APPETITE,
  /** The expected monetary value; empty when none. */
  EMV;

  private static final Map<RiskStatus, Integer> STATUS_CODES =
      Map.of(
          RiskStatus.OPEN, 1,
          RiskStatus.MITIGATING, 2,
          RiskStatus.ACCEPTED, 3,
          RiskStatus.CLOSED, 4,
          RiskStatus.OCCURRED, 5);

  private static final Map<RiskKind, Integer> KIND_CODES =
      Map.of(RiskKind.THREAT, 1, RiskKind.OPPORTUNITY, 2);

  /** Cells are coded {@code probabilityRank × CELL_BASE + impactRank}. */
  public static final int CELL_BASE = 100;

  /** The fixed index code of a status. */
  public static int statusCode(RiskStatus status) {
    return STATUS_CODES.get(status);
  }

  /** The fixed index code of a kind. */
  public static int kindCode(RiskKind kind) {
    return KIND_CODES.get(kind);
  }

  /** The index code of a cell: {@code p × 100 + i} (scales are at most 99 long). */
  public static int cellCode(Cell cell) {
    return cell.probabilityRank() * CELL_BASE + cell.impactRank();
  }

  /** This facet's value for {@code risk}; empty when the risk has none. */
  public Optional<Double> valueOf(MaterialisedAssessment risk) {
    return Optional.ofNullable(
        switch (this) {
          case STATUS -> (double) statusCode(risk.status());
          case KIND -> (double) kindCode(risk.kind());
          case BAND_RANK -> risk.currentBandRank() == 0 ? null : (double) risk.currentBandRank();
          case INHERENT_CELL ->
              risk.inherentCell() == null ? null : (double) cellCode(risk.inherentCell());
          case RESIDUAL_CELL ->
              risk.residualCell() == null ? null : (double) cellCode(risk.residualCell());
          case REVIEW_DAY ->
              risk.reviewDate() == null ? null : (double) risk.reviewDate().toEpochDay();
          case ABOVE_APPETITE -> risk.aboveAppetite() ? 1.0 : null;
          case EMV -> risk.emv() == null ? null : risk.emv().doubleValue();
        });
  }
}
