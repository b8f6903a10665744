package io.lodestar.pmo.engine.standardization.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** Laws of the severity-weighted score (weights 5/3/1 are positive, so all of these hold). */
class ComplianceScorePropertiesTest {

  @Provide
  Arbitrary<RuleResult> results() {
    return Combinators.combine(Arbitraries.of(Severity.class), Arbitraries.of(RuleStatus.class))
        .as(ComplianceScorePropertiesTest::result);
  }

  @Provide
  Arbitrary<Severity> severities() {
    return Arbitraries.of(Severity.class);
  }

  static RuleResult result(Severity severity, RuleStatus status) {
    return new RuleResult(
        "r",
        RuleKind.CATEGORY,
        severity,
        status,
        "k",
        List.of(),
        OptionalLong.empty(),
        Optional.empty(),
        "");
  }

  @Property
  void score_shouldBeBetweenZeroAndOne(
      @ForAll @Size(max = 30) List<@From("results") RuleResult> rules) {
    ComplianceScore.of(rules)
        .ratio()
        .ifPresent(r -> assertThat(r).isBetween(BigDecimal.ZERO, BigDecimal.ONE));
  }

  @Property
  void score_shouldBeOne_whenEveryJudgedRulePasses(
      @ForAll @Size(min = 1, max = 30) List<@From("severities") Severity> severities) {
    List<RuleResult> rules = new ArrayList<>();
    severities.forEach(s -> rules.add(result(s, RuleStatus.PASSED)));
    rules.add(result(Severity.CRITICAL, RuleStatus.UNKNOWN));
    assertThat(ComplianceScore.of(rules).ratio())
        .hasValueSatisfying(r -> assertThat(r).isEqualByComparingTo("1"));
  }

  @Property
  void addingAPassingRule_shouldNeverLowerTheScore_andAFailingOneNeverRaiseIt(
      @ForAll @Size(min = 1, max = 30) List<@From("results") RuleResult> rules,
      @ForAll("severities") Severity severity) {
    Optional<BigDecimal> before = ComplianceScore.of(rules).ratio();
    List<RuleResult> withPass = new ArrayList<>(rules);
    withPass.add(result(severity, RuleStatus.PASSED));
    List<RuleResult> withFail = new ArrayList<>(rules);
    withFail.add(result(severity, RuleStatus.FAILED));
    List<RuleResult> withUnknown = new ArrayList<>(rules);
    withUnknown.add(result(severity, RuleStatus.UNKNOWN));

    before.ifPresent(
        b -> {
          assertThat(ComplianceScore.of(withPass).ratio().orElseThrow()).isGreaterThanOrEqualTo(b);
          assertThat(ComplianceScore.of(withFail).ratio().orElseThrow()).isLessThanOrEqualTo(b);
        });
    assertThat(ComplianceScore.of(withUnknown).ratio()).isEqualTo(before);
  }
}
