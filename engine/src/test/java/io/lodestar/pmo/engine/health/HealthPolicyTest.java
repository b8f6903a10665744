package io.lodestar.pmo.engine.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.evm.EarnedValueInput;
import io.lodestar.pmo.engine.shared.Money;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** DOMAIN.md's RAG presets and the overall health. */
class HealthPolicyTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

  private static HealthFacts costOverrun(String ac) {
    Money bac = Money.of("1000", "EUR");
    return HealthFacts.at(TODAY)
        .withEarnedValue(
            EarnedValueInput.of(
                bac, Money.of("100", "EUR"), Money.of("100", "EUR"), Money.of(ac, "EUR")))
        .withLastUpdate(TODAY);
  }

  private static Rag dimension(HealthFacts facts, HealthDimension dimension) {
    return HealthPolicy.presets().evaluate(facts).dimensions().get(dimension);
  }

  @Test
  void varianceBands_shouldBeGreenBelowFour_amberFromFour_redFromSeven() {
    assertThat(dimension(costOverrun("103.99"), HealthDimension.COST)).isEqualTo(Rag.GREEN);
    assertThat(dimension(costOverrun("104"), HealthDimension.COST)).isEqualTo(Rag.AMBER);
    assertThat(dimension(costOverrun("106.99"), HealthDimension.COST)).isEqualTo(Rag.AMBER);
    assertThat(dimension(costOverrun("107"), HealthDimension.COST)).isEqualTo(Rag.RED);
    assertThat(dimension(costOverrun("80"), HealthDimension.COST)).isEqualTo(Rag.GREEN);
  }

  @Test
  void behindPlan_shouldBeGreenAtZero_amberUpToTwenty_redAboveTwenty() {
    BehindPlanRule rule = new BehindPlanRule(Threshold.BEHIND_PLAN);
    HealthFacts base = HealthFacts.at(TODAY);

    assertThat(rag(rule.evaluate(base.withProgress(pct(50), pct(50))))).isEqualTo(Rag.GREEN);
    assertThat(rag(rule.evaluate(base.withProgress(pct(50), pct(60))))).isEqualTo(Rag.GREEN);
    assertThat(rag(rule.evaluate(base.withProgress(pct(50), new BigDecimal("49.9")))))
        .isEqualTo(Rag.AMBER);
    assertThat(rag(rule.evaluate(base.withProgress(pct(50), pct(40))))).isEqualTo(Rag.AMBER);
    assertThat(rag(rule.evaluate(base.withProgress(pct(50), pct(30))))).isEqualTo(Rag.AMBER);
    assertThat(rag(rule.evaluate(base.withProgress(pct(50), new BigDecimal("29.9")))))
        .isEqualTo(Rag.RED);
  }

  @Test
  void incompleteAndPastDue_shouldBeRed_andDoneLate_green() {
    PastDueRule rule = new PastDueRule();

    RuleResult late = rule.evaluate(HealthFacts.at(TODAY).withDueDate(TODAY.minusDays(3), false));

    assertThat(rag(late)).isEqualTo(Rag.RED);
    assertThat(late.args()).containsExactly(TODAY.minusDays(3), 3L);
    assertThat(rag(rule.evaluate(HealthFacts.at(TODAY).withDueDate(TODAY.minusDays(3), true))))
        .isEqualTo(Rag.GREEN);
    assertThat(rag(rule.evaluate(HealthFacts.at(TODAY).withDueDate(TODAY, false))))
        .isEqualTo(Rag.GREEN);
  }

  @Test
  void aRiskAboveAppetite_shouldMakeTheRiskDimensionAndTheOverallRed() {
    HealthFacts facts = costOverrun("100").withRisksAboveAppetite(1);

    HealthEvaluation evaluation = HealthPolicy.presets().evaluate(facts);

    assertThat(evaluation.dimensions()).containsEntry(HealthDimension.RISK, Rag.RED);
    assertThat(evaluation.overall()).contains(Rag.RED);
  }

  @Test
  void unknownFacts_shouldBeNotRated_andLeftOutOfTheOverall() {
    HealthEvaluation evaluation =
        HealthPolicy.presets().evaluate(HealthFacts.at(TODAY).withLastUpdate(TODAY));

    assertThat(evaluation.dimensions()).containsOnlyKeys(HealthDimension.STALENESS);
    assertThat(evaluation.overall()).contains(Rag.GREEN);
    assertThat(evaluation.results())
        .filteredOn(r -> r instanceof RuleResult.NotRated)
        .extracting(RuleResult::rule)
        .contains("cost-variance", "risk-appetite", "compliance");
  }

  @Test
  void staleness_shouldNotBeRated_whenTheLastUpdateIsUnknown() {
    HealthFacts onPlan = HealthFacts.at(TODAY).withProgress(pct(50), pct(50));

    HealthEvaluation evaluation = HealthPolicy.presets().evaluate(onPlan);

    assertThat(evaluation.results())
        .filteredOn(r -> r.rule().equals("staleness"))
        .singleElement()
        .isInstanceOf(RuleResult.NotRated.class)
        .extracting(RuleResult::messageKey)
        .isEqualTo("lodestar.health.staleness.unknown");
    assertThat(evaluation.dimensions()).doesNotContainKey(HealthDimension.STALENESS);
    assertThat(evaluation.overall()).contains(Rag.GREEN);
  }

  @Test
  void staleness_shouldBeAmberAfterFourteenDays_andRedAfterThirty() {
    StalenessRule rule = new StalenessRule(StalenessRule.PRESET);

    assertThat(rag(rule.evaluate(HealthFacts.at(TODAY).withLastUpdate(TODAY.minusDays(14)))))
        .isEqualTo(Rag.GREEN);
    assertThat(rag(rule.evaluate(HealthFacts.at(TODAY).withLastUpdate(TODAY.minusDays(15)))))
        .isEqualTo(Rag.AMBER);
    assertThat(rag(rule.evaluate(HealthFacts.at(TODAY).withLastUpdate(TODAY.minusDays(31)))))
        .isEqualTo(Rag.RED);
  }

  @Test
  void weighted_shouldLetAHeavyGreenOutvoteALightRed() {
    HealthPolicy weighted =
        new HealthPolicy(
            HealthPolicy.presets().rules(),
            Combination.WEIGHTED,
            Map.of(
                HealthDimension.COST, BigDecimal.valueOf(5), HealthDimension.RISK, BigDecimal.ONE));
    HealthFacts facts = costOverrun("100").withRisksAboveAppetite(2);
    // COST green (5·0), RISK red (1·2), STALENESS green (1·0): mean 2/7 < 0.5.

    assertThat(weighted.evaluate(facts).overall()).contains(Rag.GREEN);
    assertThat(HealthPolicy.presets().evaluate(facts).overall()).contains(Rag.RED);
  }

  @Test
  void override_shouldNeedAReasonAndAnExpiryAhead_andLapseAfterIt() {
    List<Violation> refused = HealthOverride.check(Rag.GREEN, " ", TODAY, TODAY);
    HealthOverride override =
        new HealthOverride(
            Rag.GREEN, "Vendor fixed the delay", TODAY.plusDays(7), "pm", Instant.EPOCH);
    HealthEvaluation red = HealthPolicy.presets().evaluate(costOverrun("200"));

    assertThat(refused).extracting(Violation::field).containsExactly("reason", "expiresOn");
    assertThat(HealthOverride.check(Rag.GREEN, "ok", TODAY.plusDays(400), TODAY))
        .extracting(Violation::messageKey)
        .containsExactly("lodestar.health.override.expiryTooFar");
    Health held = Health.of(red, Optional.of(override));
    assertThat(held.effective()).contains(Rag.GREEN);
    assertThat(held.computed().overall()).contains(Rag.RED);
    HealthEvaluation later =
        HealthPolicy.presets().evaluate(HealthFacts.at(TODAY.plusDays(8)).withLastUpdate(TODAY));
    assertThat(Health.of(later, Optional.of(override)).isOverridden()).isFalse();
  }

  private static BigDecimal pct(int value) {
    return BigDecimal.valueOf(value);
  }

  private static Rag rag(RuleResult result) {
    return ((RuleResult.Rated) result).rag();
  }
}
