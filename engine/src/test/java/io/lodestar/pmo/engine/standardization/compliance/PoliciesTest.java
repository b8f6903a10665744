package io.lodestar.pmo.engine.standardization.compliance;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.standardization.FakeConfiguration;
import io.lodestar.pmo.engine.standardization.FakeCounts;
import io.lodestar.pmo.engine.standardization.Fixtures;
import io.lodestar.pmo.engine.standardization.config.FieldConfiguration;
import io.lodestar.pmo.engine.standardization.config.IssueTypeScheme;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration.Component;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration.ProjectVersion;
import io.lodestar.pmo.engine.standardization.config.ScreenScheme;
import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.template.TemplateRule;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** One policy per rule kind: passes, fails with the reason, unknown when facts are unreadable. */
class PoliciesTest {

  private static final TemplateContent TEMPLATE = Fixtures.deliveryContent();
  private static final PolicyRegistry POLICIES = PolicyRegistry.standard();

  /** A project that meets every rule of the Delivery template. */
  static ProjectConfiguration compliant() {
    return ProjectConfiguration.bare("DEL", "Delivery - Mobile")
        .withCategory("delivery")
        .withSchemes("W1", "IT1", "SC1", "P1", "N1")
        .withFieldConfiguration("FC1")
        .withRoleMembers(Map.of("Sponsor", List.of("sam"), "project manager", List.of("pat")))
        .withComponents(List.of(Component.of("backend", "bob")))
        .withVersions(
            List.of(
                ProjectVersion.released("1.0", LocalDate.of(2026, 1, 1)),
                ProjectVersion.unreleased("2.0", LocalDate.of(2027, 1, 1))))
        .withProfile(Map.of("budgetOwner", "Finance"));
  }

  static FakeConfiguration host() {
    return new FakeConfiguration()
        .with(
            new WorkflowScheme(
                "W1", "Delivery scheme", Map.of("Task", Fixtures.delivery()), Optional.empty()))
        .with(new IssueTypeScheme("IT1", List.of("Epic", "task", "Risk", "Bug")))
        .with(new ScreenScheme("SC1", List.of("summary", "duedate"), List.of("summary")))
        .with(new FieldConfiguration("FC1", List.of("summary", "assignee", "duedate")));
  }

  private static RuleResult judge(String ruleId, ProjectConfiguration project) {
    return judge(ruleId, project, host(), new FakeCounts().answer(riskJql(project), 2));
  }

  private static RuleResult judge(
      String ruleId, ProjectConfiguration project, FakeConfiguration host, FakeCounts counts) {
    TemplateRule rule = TEMPLATE.rule(ruleId).orElseThrow();
    return POLICIES.evaluate(rule, new ProjectFacts(project, host, counts));
  }

  private static String riskJql(ProjectConfiguration project) {
    return Fixtures.recentRiskReview().jql().render(project.projectKey());
  }

  @Test
  void registry_shouldHaveOnePolicyPerRuleKind() {
    for (RuleKind kind : RuleKind.values()) {
      assertThat(POLICIES.policy(kind).kind()).isEqualTo(kind);
    }
  }

  @Test
  void everyRule_shouldPass_forTheCompliantProject() {
    for (TemplateRule rule : TEMPLATE.rules()) {
      assertThat(judge(rule.id(), compliant()).status()).as(rule.id()).isEqualTo(RuleStatus.PASSED);
    }
  }

  @Test
  void issueTypes_shouldListTheMissingTypes_andBeUnknownWhenTheSchemeIsUnreadable() {
    FakeConfiguration host = host().with(new IssueTypeScheme("IT2", List.of("Task")));
    ProjectConfiguration project = compliant().withSchemes("W1", "IT2", "SC1", "P1", "N1");
    RuleResult result = judge("types", project, host, new FakeCounts());
    assertThat(result.status()).isEqualTo(RuleStatus.FAILED);
    assertThat(result.messageKey()).isEqualTo(ISSUE_TYPES_MISSING);
    assertThat(result.args()).containsExactly("Epic, Risk");

    ProjectConfiguration unreadable = compliant().withSchemes("W1", "GONE", "SC1", "P1", "N1");
    RuleResult unknown = judge("types", unreadable, host, new FakeCounts());
    assertThat(unknown.status()).isEqualTo(RuleStatus.UNKNOWN);
    assertThat(unknown.messageKey()).isEqualTo(UNKNOWN_SCHEME);
    assertThat(unknown.args()).containsExactly("issueTypeScheme", "GONE");
  }

  @Test
  void screenFields_shouldFail_whenAFieldIsNotOnTheCreateScreen() {
    FakeConfiguration host = host().with(new ScreenScheme("SC2", List.of("summary"), List.of()));
    RuleResult result =
        judge(
            "create-fields",
            compliant().withSchemes("W1", "IT1", "SC2", "P1", "N1"),
            host,
            new FakeCounts());
    assertThat(result.messageKey()).isEqualTo(SCREEN_FIELDS_MISSING_CREATE);
    assertThat(result.args()).containsExactly("duedate");
  }

  @Test
  void screenFields_shouldBeUnknown_whenTheProjectHasNoScreenScheme() {
    RuleResult result =
        judge("create-fields", compliant().withSchemes("W1", "IT1", null, "P1", "N1"));
    assertThat(result.status()).isEqualTo(RuleStatus.UNKNOWN);
    assertThat(result.messageKey()).isEqualTo(UNKNOWN_NO_SCHEME);
  }

  @Test
  void mandatoryFields_shouldFail_whenTheFieldConfigurationLeavesAFieldOptional() {
    FakeConfiguration host = host().with(new FieldConfiguration("FC2", List.of("duedate")));
    RuleResult result =
        judge("mandatory", compliant().withFieldConfiguration("FC2"), host, new FakeCounts());
    assertThat(result.messageKey()).isEqualTo(MANDATORY_FIELDS_OPTIONAL);
    assertThat(result.args()).containsExactly("assignee");
    assertThat(judge("mandatory", compliant().withFieldConfiguration("GONE")).status())
        .isEqualTo(RuleStatus.UNKNOWN);
  }

  @Test
  void roles_shouldFail_whenARoleHasNoMember() {
    RuleResult result =
        judge(
            "roles",
            compliant()
                .withRoleMembers(Map.of("Sponsor", List.of("sam"), "Project Manager", List.of())));
    assertThat(result.messageKey()).isEqualTo(ROLES_UNFILLED);
    assertThat(result.args()).containsExactly("Project Manager");
  }

  @Test
  void category_shouldFail_whenWrongOrNone() {
    RuleResult wrong = judge("category", compliant().withCategory("Ops"));
    assertThat(wrong.messageKey()).isEqualTo(CATEGORY_WRONG);
    assertThat(wrong.args()).containsExactly("Delivery", "Ops");
    assertThat(judge("category", compliant().withCategory(null)).messageKey())
        .isEqualTo(CATEGORY_NONE);
  }

  @Test
  void keyAndNamePatterns_shouldFail_whenTheGlobDoesNotMatch() {
    ProjectConfiguration project =
        ProjectConfiguration.bare("OPS", "Operations").withCategory("Delivery");
    RuleResult key = judge("key", project);
    assertThat(key.messageKey()).isEqualTo(KEY_PATTERN_MISMATCH);
    assertThat(key.args()).containsExactly("OPS", "D*");
    RuleResult name = judge("name", project);
    assertThat(name.messageKey()).isEqualTo(NAME_PATTERN_MISMATCH);
    assertThat(name.args()).containsExactly("Operations", "Delivery - *");
  }

  @Test
  void profile_shouldFail_whenAnAttributeIsBlank() {
    RuleResult result = judge("profile", compliant().withProfile(Map.of("budgetOwner", " ")));
    assertThat(result.messageKey()).isEqualTo(PROFILE_MISSING);
    assertThat(result.args()).containsExactly("budgetOwner");
  }

  @Test
  void components_shouldReportMissingComponentsFirst_thenMissingLeads() {
    assertThat(judge("components", compliant().withComponents(List.of())).messageKey())
        .isEqualTo(COMPONENTS_MISSING);
    RuleResult noLead =
        judge(
            "components",
            compliant()
                .withComponents(List.of(Component.of("Backend", "bob"), Component.of("UI", null))));
    assertThat(noLead.messageKey()).isEqualTo(COMPONENTS_NO_LEAD);
    assertThat(noLead.args()).containsExactly("UI");
  }

  @Test
  void versions_shouldFail_withoutAnUnreleasedVersion_orWithoutReleaseDates() {
    assertThat(
            judge(
                    "versions",
                    compliant()
                        .withVersions(
                            List.of(ProjectVersion.released("1.0", LocalDate.of(2026, 1, 1)))))
                .messageKey())
        .isEqualTo(VERSIONS_NONE_UNRELEASED);
    RuleResult undated =
        judge(
            "versions", compliant().withVersions(List.of(ProjectVersion.unreleased("2.0", null))));
    assertThat(undated.messageKey()).isEqualTo(VERSIONS_NO_RELEASE_DATE);
    assertThat(undated.args()).containsExactly("2.0");
  }

  @Test
  void workflow_shouldFail_whenTheIssueTypeUsesAnotherShape() {
    FakeConfiguration host =
        host().with(new WorkflowScheme("W2", "Old", Map.of(), Optional.of(Fixtures.legacy())));
    RuleResult result =
        judge(
            "wf-task",
            compliant().withSchemes("W2", "IT1", "SC1", "P1", "N1"),
            host,
            new FakeCounts());
    assertThat(result.messageKey()).isEqualTo(WORKFLOW_DIFFERS);
    assertThat(result.args()).containsExactly("Task", "Legacy workflow");
  }

  @Test
  void artifact_shouldCountOnceWithTheQuotedKey_andCarryLinkCountAndRemediation() {
    FakeCounts counts = new FakeCounts();
    String jql = "project = \"DEL\" AND issuetype = Epic AND duedate is EMPTY";
    counts.answer(jql, 3);

    RuleResult result = judge("epic-due", compliant(), host(), counts);

    assertThat(counts.queries).containsExactly(jql);
    assertThat(result.status()).isEqualTo(RuleStatus.FAILED);
    assertThat(result.messageKey()).isEqualTo(ARTIFACT_TOO_MANY);
    assertThat(result.args()).containsExactly(3L, 0L);
    assertThat(result.count()).isEqualTo(OptionalLong.of(3));
    assertThat(result.navigatorPath())
        .contains(Fixtures.epicsWithoutDueDate().jql().navigatorPath("DEL"));
    assertThat(result.remediation()).isEqualTo("Give each Epic a due date.");
  }

  @Test
  void artifact_shouldFailAtLeastRules_belowTheMinimum_andBeUnknownWhenTheSearchFails() {
    RuleResult tooFew = judge("risk-review", compliant(), host(), new FakeCounts());
    assertThat(tooFew.messageKey()).isEqualTo(ARTIFACT_TOO_FEW);
    assertThat(tooFew.args()).containsExactly(0L, 1L);

    FakeCounts failing = new FakeCounts().fail(riskJql(compliant()), "field Risk unknown");
    RuleResult unknown = judge("risk-review", compliant(), host(), failing);
    assertThat(unknown.status()).isEqualTo(RuleStatus.UNKNOWN);
    assertThat(unknown.args()).containsExactly("field Risk unknown");
  }
}
