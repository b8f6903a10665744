package io.lodestar.pmo.engine.risk.register;

import static io.lodestar.pmo.engine.risk.register.Fixtures.TODAY;
import static io.lodestar.pmo.engine.risk.register.Fixtures.assess;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.Risk;
import io.lodestar.pmo.engine.risk.RiskRating;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Bands;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class OverdueAndAppetiteTest {

  private static AssessedRisk reviewed(String key, int daysAgo, RiskStatus status) {
    return assess(
        Risk.builder(key, "ABC", "t")
            .owner("ann")
            .status(status)
            .reviewDate(TODAY.minusDays(daysAgo))
            .build());
  }

  @Test
  void reviewsBeforeToday_areOverdueMostOverdueFirstAndCountedBeyondTheLimit() {
    OverdueReviewsAccumulator target = new OverdueReviewsAccumulator(TODAY, 2);
    target.accept(reviewed("ABC-1", 3, RiskStatus.OPEN));
    target.accept(reviewed("ABC-2", 0, RiskStatus.OPEN)); // due today: not overdue
    target.accept(reviewed("ABC-3", 10, RiskStatus.MITIGATING));
    target.accept(reviewed("ABC-4", 1, RiskStatus.ACCEPTED));
    target.accept(reviewed("ABC-5", 50, RiskStatus.CLOSED)); // closed: never overdue
    target.accept(reviewed("ABC-6", -5, RiskStatus.OPEN)); // in the future

    OverdueReviews result = target.result();

    assertThat(result.count()).isEqualTo(3);
    assertThat(result.mostOverdue())
        .extracting(OverdueReview::issueKey, OverdueReview::daysOverdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ABC-3", 10L),
            org.assertj.core.groups.Tuple.tuple("ABC-1", 3L));
  }

  private static AssessedRisk rated(String key, String project, int p, int i, RiskStatus status) {
    return assess(
        Risk.builder(key, project, "t")
            .status(status)
            .inherent(RiskRating.of(p, ImpactDimension.COST, i))
            .build());
  }

  @Test
  void riskExactlyAtAppetite_isAcceptableAndOneBandHigherIsAbove() {
    Bands bands = Fixtures.PMBOK.bands();
    RiskAppetite target = RiskAppetite.portfolio(bands, "medium");
    assertThat(target.isAbove(rated("ABC-1", "ABC", 3, 2, RiskStatus.OPEN)))
        .as("0.05 medium")
        .isFalse();
    assertThat(target.isAbove(rated("ABC-2", "ABC", 5, 3, RiskStatus.OPEN)))
        .as("0.18 high")
        .isTrue();
    assertThat(target.isAbove(rated("ABC-3", "ABC", 5, 3, RiskStatus.CLOSED)))
        .as("closed")
        .isFalse();
    assertThat(target.isAbove(assess(Risk.builder("ABC-4", "ABC", "t").build()))).isFalse();
  }

  @Test
  void projectAppetite_overridesThePortfolioDefault() {
    Bands bands = Fixtures.PMBOK.bands();
    RiskAppetite target =
        RiskAppetite.portfolio(bands, "high")
            .withProject("RISKY", bands.byKey("low").orElseThrow());
    assertThat(target.isAbove(rated("RISKY-1", "RISKY", 3, 2, RiskStatus.OPEN))).isTrue();
    assertThat(target.isAbove(rated("ABC-1", "ABC", 5, 5, RiskStatus.OPEN))).isFalse();
    assertThat(RiskAppetite.NONE.isAbove(rated("ABC-1", "ABC", 5, 5, RiskStatus.OPEN))).isFalse();
  }

  @Test
  void aboveAppetiteAccumulator_countsAllAndKeepsTheWorst() {
    AboveAppetiteAccumulator target =
        new AboveAppetiteAccumulator(RiskAppetite.portfolio(Fixtures.PMBOK.bands(), "low"), 1);
    target.accept(rated("ABC-1", "ABC", 3, 2, RiskStatus.OPEN)); // 0.05 medium
    target.accept(rated("ABC-2", "ABC", 5, 5, RiskStatus.OPEN)); // 0.72 high
    target.accept(rated("ABC-3", "ABC", 1, 1, RiskStatus.OPEN)); // low
    AboveAppetite result = target.result();
    assertThat(result.count()).isEqualTo(2);
    assertThat(result.worst()).extracting(AssessedRisk::issueKey).containsExactly("ABC-2");
  }

  @Property
  void aboveAppetite_isExactlyAStrictlyHigherBandRankOfAnActiveRatedRisk(
      @ForAll("risks") AssessedRisk risk, @ForAll("bands") Band appetite) {
    boolean expected =
        risk.risk().status().isActive()
            && risk.current().bandIfRated().map(b -> b.rank() > appetite.rank()).orElse(false);
    assertThat(RiskAppetite.portfolio(appetite).isAbove(risk)).isEqualTo(expected);
  }

  @Provide
  Arbitrary<AssessedRisk> risks() {
    return Fixtures.arbitraryRisk();
  }

  @Provide
  Arbitrary<Band> bands() {
    return net.jqwik.api.Arbitraries.of(Fixtures.PMBOK.bands().bands());
  }

  @Property(tries = 300)
  void overdueCount_equalsActiveRisksReviewedBeforeToday(
      @ForAll("riskLists") List<AssessedRisk> risks) {
    OverdueReviewsAccumulator target = new OverdueReviewsAccumulator(TODAY, 5);
    risks.forEach(target::accept);
    long expected =
        risks.stream()
            .filter(r -> r.risk().status().isActive())
            .filter(r -> r.risk().reviewDate() != null && r.risk().reviewDate().isBefore(TODAY))
            .count();
    assertThat(target.result().count()).isEqualTo(expected);
    assertThat(target.result().mostOverdue()).hasSizeLessThanOrEqualTo(5);
  }

  @Provide
  Arbitrary<List<AssessedRisk>> riskLists() {
    return Fixtures.arbitraryRisk().list().ofMaxSize(60);
  }
}
