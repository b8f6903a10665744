package io.lodestar.pmo.engine.standardization.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.standardization.FakeConfiguration;
import io.lodestar.pmo.engine.standardization.FakeCounts;
import io.lodestar.pmo.engine.standardization.Fixtures;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.SchemeCache;
import io.lodestar.pmo.engine.standardization.template.Glob;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ComplianceEvaluatorTest {

  private final ComplianceEvaluator target = new ComplianceEvaluator(PolicyRegistry.standard());

  @Test
  void evaluate_shouldReadEachSchemeOnce_andCountOncePerArtifactRuleAndProject() {
    // given three projects sharing every scheme
    FakeConfiguration host = PoliciesTest.host();
    SchemeCache schemes = new SchemeCache(host);
    FakeCounts counts = new FakeCounts();
    TemplateVersion version = Fixtures.version(Fixtures.deliveryContent());

    // when
    for (String key : List.of("DA", "DB", "DC")) {
      ProjectConfiguration p =
          ProjectConfiguration.bare(key, "Delivery - " + key)
              .withSchemes("W1", "IT1", "SC1", "P1", "N1");
      target.evaluate(version, p, schemes, counts, Fixtures.AT);
    }

    // then
    assertThat(host.readsOf("workflowScheme:W1")).isEqualTo(1);
    assertThat(host.readsOf("issueTypeScheme:IT1")).isEqualTo(1);
    assertThat(host.readsOf("screenScheme:SC1")).isEqualTo(1);
    assertThat(counts.queries).hasSize(2 * 3).doesNotHaveDuplicates();
  }

  @Test
  void evaluate_shouldKeepUnreadableSchemesUnknown_andReadThemOnceToo() {
    FakeConfiguration host = new FakeConfiguration();
    SchemeCache schemes = new SchemeCache(host);
    TemplateVersion version = Fixtures.version(Fixtures.deliveryContent());
    ProjectConfiguration p =
        ProjectConfiguration.bare("DA", "A").withSchemes("W9", "IT9", "SC9", null, null);

    ComplianceResult first = target.evaluate(version, p, schemes, new FakeCounts(), Fixtures.AT);
    target.evaluate(version, p, schemes, new FakeCounts(), Fixtures.AT);

    assertThat(host.readsOf("workflowScheme:W9")).isEqualTo(1);
    assertThat(first.rule("wf-task").orElseThrow().status()).isEqualTo(RuleStatus.UNKNOWN);
    // workflow, issue types and screen fields unreadable; no field configuration at all
    assertThat(first.score().unknown()).isEqualTo(4);
  }

  @Test
  void evaluate_shouldWeighBySeverity_andLeaveUnknownOut() {
    // given critical (5) passes, major (3) fails, minor (1) passes, a major is unknown
    TemplateContent content =
        TemplateContent.named("T")
            .withProjectRules(
                List.of(
                    new ProjectRule.KeyPattern("k", Severity.CRITICAL, Glob.of("D*")),
                    new ProjectRule.RequiredCategory("c", Severity.MAJOR, "Delivery"),
                    new ProjectRule.NamePattern("n", Severity.MINOR, Glob.of("*")),
                    new ProjectRule.RequiredIssueTypes("t", Severity.MAJOR, List.of("Epic"))));
    ProjectConfiguration p = ProjectConfiguration.bare("DEL", "Delivery");

    ComplianceResult result =
        target.evaluate(
            Fixtures.version(content), p, new FakeConfiguration(), new FakeCounts(), Fixtures.AT);

    // then 6 / 9
    assertThat(result.score().passedWeight()).isEqualTo(6);
    assertThat(result.score().judgedWeight()).isEqualTo(9);
    assertThat(result.score().ratio()).contains(new BigDecimal("0.6667"));
    assertThat(result.score().percent()).contains(new BigDecimal("66.67"));
    assertThat(result.score().unknown()).isEqualTo(1);
    assertThat(result.complies()).isFalse();
    assertThat(result.failing()).extracting(RuleResult::ruleId).containsExactly("c");
  }

  @Test
  void complies_shouldNeedTheThresholdAndNoCriticalFailure() {
    // 9 of 10 weight: exactly the 90 % default threshold
    ComplianceScore atThreshold = new ComplianceScore(9, 10, 3, 1, 0, 0);
    assertThat(atThreshold.complies(BigDecimal.valueOf(90))).isTrue();
    assertThat(atThreshold.complies(new BigDecimal("90.01"))).isFalse();
    // a critical failure never complies, even at a high score
    ComplianceScore criticalFailed = new ComplianceScore(95, 100, 30, 1, 0, 1);
    assertThat(criticalFailed.complies(BigDecimal.valueOf(90))).isFalse();
    // nothing judged: no score, does not comply
    ComplianceScore nothing = ComplianceScore.of(List.of());
    assertThat(nothing.ratio()).isEmpty();
    assertThat(nothing.complies(BigDecimal.ZERO)).isFalse();
  }
}
