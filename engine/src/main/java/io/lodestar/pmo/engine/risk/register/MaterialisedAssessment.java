package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.StateAssessment;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of one risk's assessment a host keeps materialised so that the register can be sorted,
 * filtered, paged and counted without assessing every risk on every request (an {@code
 * AssessedRiskIndex}). Computed by the engine from an {@link AssessedRisk}, stored by the host as
 * it is: every value here is exactly what the register's filters, sorts and tallies read.
 *
 * @param issueKey the issue key; never null
 * @param title the risk's title (issue summary); never null
 * @param titleFold {@link #fold(String)} of the title: sorted by UTF-16 code unit, it gives {@link
 *     String#CASE_INSENSITIVE_ORDER}
 * @param status the status; never null
 * @param kind threat or opportunity; never null
 * @param ownerKey the owner's user key; null when unowned
 * @param reviewDate the next review date; null when none
 * @param currentScore the current score; null when unrated
 * @param currentBandKey the current band's key; null when unrated
 * @param currentBandRank the current band's rank; 0 when unrated
 * @param inherentCell the inherent cell; null when unrated
 * @param residualCell the residual cell; null when unrated
 * @param aboveAppetite whether the risk is above its project's appetite ({@link RiskAppetite})
 * @param emv the expected monetary value ({@link ExpectedMonetaryValue}); null when none
 */
public record MaterialisedAssessment(
    String issueKey,
    String title,
    String titleFold,
    RiskStatus status,
    RiskKind kind,
    String ownerKey,
    LocalDate reviewDate,
    BigDecimal currentScore,
    String currentBandKey,
    int currentBandRank,
    Cell inherentCell,
    Cell residualCell,
    boolean aboveAppetite,
    BigDecimal emv) {

  public MaterialisedAssessment {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(titleFold, "titleFold");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(kind, "kind");
    if ((currentScore == null) != (currentBandKey == null)
        || (currentBandKey == null) != (currentBandRank == 0)) {
      throw new IllegalArgumentException("score, band key and band rank are set together");
    }
  }

  /**
   * The materialised assessment of {@code risk}.
   *
   * @param appetite the appetite band of the risk's project; null when none
   */
  public static MaterialisedAssessment of(AssessedRisk risk, Band appetite) {
    StateAssessment current = risk.current();
    Optional<Band> band = current.bandIfRated();
    RiskAppetite riskAppetite =
        appetite == null
            ? RiskAppetite.NONE
            : RiskAppetite.NONE.withProject(risk.risk().projectKey(), appetite);
    return new MaterialisedAssessment(
        risk.issueKey(),
        risk.risk().title(),
        fold(risk.risk().title()),
        risk.risk().status(),
        risk.risk().kind(),
        risk.risk().ownerKey(),
        risk.risk().reviewDate(),
        current.scoreIfRated().orElse(null),
        band.map(Band::key).orElse(null),
        band.map(Band::rank).orElse(0),
        risk.inherent().cellIfRated().orElse(null),
        risk.residual().cellIfRated().orElse(null),
        riskAppetite.isAbove(risk),
        ExpectedMonetaryValue.of(risk).orElse(null));
  }

  /**
   * A text whose plain (UTF-16 code unit) order is {@link String#CASE_INSENSITIVE_ORDER} of the
   * original: each character is replaced by {@code toLowerCase(toUpperCase(c))}, exactly the
   * comparison that order makes.
   */
  public static String fold(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = Character.toLowerCase(Character.toUpperCase(chars[i]));
    }
    return new String(chars);
  }

  /** Whether the review is overdue on {@code asOf}, as {@code Risk.isReviewOverdue}. */
  public boolean isReviewOverdue(LocalDate asOf) {
    return status.isActive() && reviewDate != null && reviewDate.isBefore(asOf);
  }
}
