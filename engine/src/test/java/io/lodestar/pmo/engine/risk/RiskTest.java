package io.lodestar.pmo.engine.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RiskTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  @Test
  void newRisk_isAnOpenUnratedThreat() {
    Risk target = Risk.builder("ABC-1", "ABC", "Supplier insolvency").build();
    assertThat(target.kind()).isEqualTo(RiskKind.THREAT);
    assertThat(target.status()).isEqualTo(RiskStatus.OPEN);
    assertThat(target.inherent()).isEqualTo(RiskRating.UNRATED);
    assertThat(target.mitigationKeys()).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(
      value = ResponseStrategy.class,
      names = {"EXPLOIT", "SHARE", "ENHANCE"})
  void opportunityResponse_isRejectedForAThreat(ResponseStrategy response) {
    assertThatThrownBy(() -> Risk.builder("ABC-1", "ABC", "t").response(response).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @EnumSource(
      value = ResponseStrategy.class,
      names = {"AVOID", "MITIGATE", "TRANSFER"})
  void threatResponse_isRejectedForAnOpportunity(ResponseStrategy response) {
    assertThatThrownBy(
            () ->
                Risk.builder("ABC-1", "ABC", "t")
                    .kind(RiskKind.OPPORTUNITY)
                    .response(response)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void acceptAndEscalate_applyToBothKinds() {
    assertThat(ResponseStrategy.validFor(RiskKind.THREAT))
        .containsExactly(
            ResponseStrategy.AVOID,
            ResponseStrategy.MITIGATE,
            ResponseStrategy.TRANSFER,
            ResponseStrategy.ACCEPT,
            ResponseStrategy.ESCALATE);
    assertThat(ResponseStrategy.validFor(RiskKind.OPPORTUNITY))
        .containsExactly(
            ResponseStrategy.EXPLOIT,
            ResponseStrategy.SHARE,
            ResponseStrategy.ENHANCE,
            ResponseStrategy.ACCEPT,
            ResponseStrategy.ESCALATE);
  }

  @Test
  void reviewDueYesterday_isOverdueButDueToday_isNot() {
    Risk.Builder b = Risk.builder("ABC-1", "ABC", "t");
    assertThat(b.reviewDate(TODAY.minusDays(1)).build().isReviewOverdue(TODAY)).isTrue();
    assertThat(b.reviewDate(TODAY).build().isReviewOverdue(TODAY)).isFalse();
    assertThat(b.reviewDate(null).build().isReviewOverdue(TODAY)).isFalse();
  }

  @Test
  void closedOrOccurredRisk_isNeverOverdue() {
    Risk.Builder b = Risk.builder("ABC-1", "ABC", "t").reviewDate(TODAY.minusDays(30));
    assertThat(b.status(RiskStatus.CLOSED).build().isReviewOverdue(TODAY)).isFalse();
    assertThat(b.status(RiskStatus.OCCURRED).build().isReviewOverdue(TODAY)).isFalse();
    assertThat(b.status(RiskStatus.ACCEPTED).build().isReviewOverdue(TODAY)).isTrue();
  }

  @Test
  void blankKeys_areRejected() {
    assertThatThrownBy(() -> Risk.builder(" ", "ABC", "t").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void threePointImpact_needsZeroAtMostMinAtMostMostLikelyAtMostMax() {
    assertThat(ThreePointImpact.of("0", "0", "0")).isNotNull();
    assertThatThrownBy(() -> ThreePointImpact.of("-1", "0", "1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThreePointImpact.of("2", "1", "3"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ThreePointImpact.of("1", "3", "2"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ThreePointImpact.isValid(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.TEN)).isFalse();
  }

  @Test
  void threePointMeans_followTriangularAndPert() {
    ThreePointImpact target = ThreePointImpact.of("1000", "2000", "6000");
    assertThat(target.triangularMean()).isEqualByComparingTo("3000");
    assertThat(target.pertMean()).isEqualByComparingTo("2500");
    assertThat(ThreePointImpact.of("1", "1", "2").triangularMean()).isEqualTo("1.33");
  }

  @Test
  void threePointEquality_isNumeric() {
    assertThat(ThreePointImpact.of("1.0", "2", "3"))
        .isEqualTo(ThreePointImpact.of("1", "2.00", "3"));
    assertThat(ThreePointImpact.of("1.0", "2", "3").hashCode())
        .isEqualTo(ThreePointImpact.of("1", "2.00", "3").hashCode());
  }

  @Test
  void ratingRanks_startAtOneAndTheMapIsImmutable() {
    assertThatThrownBy(() -> RiskRating.of(0, ImpactDimension.COST, 1))
        .isInstanceOf(IllegalArgumentException.class);
    RiskRating target = RiskRating.of(2, Map.of(ImpactDimension.COST, 3));
    assertThatThrownBy(() -> target.impactRanks().put(ImpactDimension.SCOPE, 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(target.withImpact(ImpactDimension.SCOPE, 1).impactRank(ImpactDimension.SCOPE))
        .hasValue(1);
    assertThat(target.impactRank(ImpactDimension.QUALITY)).isEmpty();
    assertThat(RiskRating.UNRATED.isEmpty()).isTrue();
  }

  @Test
  void proximityBuckets_haveTheDocumentedBoundaries() {
    assertThat(Proximity.ofDays(-5)).isEqualTo(Proximity.IMMEDIATE);
    assertThat(Proximity.ofDays(30)).isEqualTo(Proximity.IMMEDIATE);
    assertThat(Proximity.ofDays(31)).isEqualTo(Proximity.NEAR_TERM);
    assertThat(Proximity.ofDays(90)).isEqualTo(Proximity.NEAR_TERM);
    assertThat(Proximity.ofDays(180)).isEqualTo(Proximity.MEDIUM_TERM);
    assertThat(Proximity.ofDays(181)).isEqualTo(Proximity.LONG_TERM);
  }
}
