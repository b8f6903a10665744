package io.lodestar.pmo.engine.standardization.template;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.DECIMALS;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.DUPLICATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ID_FORMAT;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.JQL_NO_PROJECT;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.JQL_UNKNOWN_PLACEHOLDER;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OTHER_TEMPLATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OUT_OF_RANGE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.PATTERN_INVALID;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.REQUIRED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TEMPLATE_UNCHANGED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.VERSION_NOT_FOUND;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.VERSION_NOT_NEWER;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_NO_INITIAL;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.Fixtures;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Versioning, validation, diffs and assignments of templates. */
class TemplateTest {

  private static final Instant LATER = Fixtures.AT.plusSeconds(3600);

  @Test
  void create_shouldMakeVersionOne() {
    Template template = Fixtures.deliveryTemplate();
    assertThat(template.versions()).hasSize(1);
    assertThat(template.latest().number()).isEqualTo(1);
    assertThat(template.latest().content()).isEqualTo(Fixtures.deliveryContent());
  }

  @Test
  void edit_shouldMakeANewVersion_andLeaveTheOldOneAsItWas() {
    Template v1 = Fixtures.deliveryTemplate();
    TemplateContent stricter = v1.latest().content().withThreshold(BigDecimal.valueOf(95));

    Template v2 = v1.edit(stricter, "pmo2", LATER).orElseThrow();

    assertThat(v2.versions()).hasSize(2);
    assertThat(v2.version(1)).contains(v1.latest());
    assertThat(v2.version(1).orElseThrow().content().thresholdPercent()).isEqualByComparingTo("90");
    assertThat(v2.latest().number()).isEqualTo(2);
    assertThat(v2.latest().authorKey()).isEqualTo("pmo2");
    assertThat(v2.latest().createdAt()).isEqualTo(LATER);
    assertThat(v1.versions()).hasSize(1);
  }

  @Test
  void edit_shouldRefuse_whenNothingChanged() {
    Template v1 = Fixtures.deliveryTemplate();
    Outcome<Template> outcome = v1.edit(v1.latest().content(), "pmo", LATER);
    assertThat(outcome).isEqualTo(Outcome.invalid(Violation.of("", TEMPLATE_UNCHANGED)));
  }

  @Test
  void edit_shouldRefuseWithFieldNames_whenTheWorkflowIsInvalid() {
    Template v1 = Fixtures.deliveryTemplate();
    WorkflowTemplate noInitial =
        new WorkflowTemplate(
            "W",
            List.of(
                WorkflowStatus.of("A", StatusCategory.TODO),
                WorkflowStatus.of("B", StatusCategory.DONE)),
            List.of(Transition.of("Go", "A", "B")));
    TemplateContent bad =
        v1.latest()
            .content()
            .withWorkflows(
                List.of(new IssueTypeWorkflow("wf-task", Severity.MAJOR, "Task", noInitial)));

    Outcome<Template> outcome = v1.edit(bad, "pmo", LATER);

    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(Violation.of("workflows[0].workflow.statuses", WORKFLOW_NO_INITIAL)));
  }

  @Test
  void create_shouldRefuseABadId() {
    assertThat(Template.create("has space", Fixtures.deliveryContent(), "pmo", Fixtures.AT))
        .isEqualTo(Outcome.invalid(Violation.of("id", ID_FORMAT, "has space")));
  }

  @Test
  void validate_shouldNameEveryBadRuleField() {
    TemplateContent content =
        TemplateContent.named("T")
            .withThreshold(BigDecimal.valueOf(101))
            .withProjectRules(
                List.of(
                    new ProjectRule.RequiredIssueTypes(
                        "types", Severity.MAJOR, List.of("Epic", "epic ")),
                    new ProjectRule.KeyPattern("types", Severity.MINOR, Glob.of("A\tB")),
                    new ProjectRule.RequiredRoles("roles", Severity.MINOR, List.of())))
            .withArtifactRules(
                List.of(
                    new ArtifactRule(
                        "global",
                        Severity.MINOR,
                        "Counts everyone",
                        JqlTemplate.of("issuetype = Epic"),
                        CountExpectation.atMost(0),
                        ""),
                    new ArtifactRule(
                        "days",
                        Severity.MINOR,
                        "Unknown placeholder",
                        JqlTemplate.of("project = {project} AND updated > {days}"),
                        CountExpectation.atMost(-1),
                        "")));

    assertThat(TemplateValidator.validate(content))
        .containsExactly(
            Violation.of("thresholdPercent", OUT_OF_RANGE, 0, 100),
            Violation.of("projectRules[0].issueTypes[1]", DUPLICATE, "epic"),
            Violation.of("projectRules[1].id", DUPLICATE, "types"),
            Violation.of("projectRules[1].pattern", PATTERN_INVALID, "A\tB"),
            Violation.of("projectRules[2].roles", REQUIRED),
            Violation.of("artifactRules[0].jql", JQL_NO_PROJECT, "{project}"),
            Violation.of("artifactRules[1].jql", JQL_UNKNOWN_PLACEHOLDER, "{days}", "{project}"),
            Violation.of(
                "artifactRules[1].expectation.limit", OUT_OF_RANGE, 0, CountExpectation.MAX_LIMIT));
  }

  @Test
  void threshold_shouldBeOneValueWhateverItsScale_andRefuseMoreThanTwoDecimals() {
    TemplateContent ninety = TemplateContent.named("T").withThreshold(new BigDecimal("90"));
    assertThat(ninety).isEqualTo(ninety.withThreshold(new BigDecimal("90.000")));
    Template template = Template.create("t", ninety, "pmo", Fixtures.AT).orElseThrow();
    assertThat(template.edit(ninety.withThreshold(new BigDecimal("90.0")), "pmo", LATER))
        .isEqualTo(Outcome.invalid(Violation.of("", TEMPLATE_UNCHANGED)));
    assertThat(TemplateValidator.validate(ninety.withThreshold(new BigDecimal("90.125"))))
        .containsExactly(Violation.of("thresholdPercent", DECIMALS, 2));
  }

  @Test
  void validate_shouldAcceptTheDeliveryTemplateWithEveryRuleKind() {
    assertThat(TemplateValidator.validate(Fixtures.deliveryContent())).isEmpty();
    assertThat(Fixtures.deliveryContent().rules())
        .extracting(TemplateRule::kind)
        .containsOnly(RuleKind.values());
  }

  @Test
  void diff_shouldListAddedRemovedAndChangedRules_andWorkflowDetails() {
    TemplateContent from = Fixtures.deliveryContent();
    WorkflowTemplate wf = Fixtures.delivery();
    List<WorkflowStatus> statuses = new ArrayList<>(wf.statuses());
    statuses.add(WorkflowStatus.of("In Review", StatusCategory.IN_PROGRESS));
    List<Transition> transitions = new ArrayList<>(wf.transitions());
    transitions.add(Transition.of("Review", "In Progress", "In Review"));
    transitions.add(Transition.of("Approve", "In Review", "Done").withResolution());
    transitions.set(1, Transition.of("Stop", "In Progress", "To Do").withResolution());
    List<ArtifactRule> artifacts = List.of(Fixtures.epicsWithoutDueDate());
    List<ProjectRule> rules = new ArrayList<>(from.projectRules());
    rules.set(4, new ProjectRule.RequiredCategory("category", Severity.MAJOR, "Delivery"));
    TemplateContent to =
        from.withWorkflows(
                List.of(
                    new IssueTypeWorkflow(
                        "wf-task",
                        Severity.MAJOR,
                        "Task",
                        new WorkflowTemplate(wf.name(), statuses, transitions))))
            .withProjectRules(rules)
            .withArtifactRules(artifacts)
            .withThreshold(new BigDecimal("95.0"));

    List<TemplateChange> changes = TemplateDiff.between(from, to);

    assertThat(changes)
        .extracting(TemplateChange::kind, TemplateChange::path)
        .containsExactly(
            tuple(TemplateChange.Kind.CHANGED, "thresholdPercent"),
            tuple(TemplateChange.Kind.ADDED, "rules.wf-task.statuses.In Review"),
            tuple(
                TemplateChange.Kind.ADDED,
                "rules.wf-task.transitions.In Progress->In Review:Review"),
            tuple(TemplateChange.Kind.CHANGED, "rules.wf-task.transitions.In Progress->To Do:Stop"),
            tuple(TemplateChange.Kind.ADDED, "rules.wf-task.transitions.In Review->Done:Approve"),
            tuple(TemplateChange.Kind.CHANGED, "rules.category"),
            tuple(TemplateChange.Kind.REMOVED, "rules.risk-review"));
    assertThat(changes.get(0).before()).contains("90");
    assertThat(changes.get(0).after()).contains("95");
    assertThat(changes.get(3).after()).contains("In Progress->To Do:Stop [resolution]");
    assertThat(changes.get(5).before().orElseThrow()).startsWith("CATEGORY MINOR");
    assertThat(changes.get(5).after().orElseThrow()).startsWith("CATEGORY MAJOR");
    assertThat(TemplateDiff.between(from, from)).isEmpty();
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }

  @Test
  void assignment_shouldMoveForward_withTheDiff() {
    Template template =
        Fixtures.deliveryTemplate()
            .edit(Fixtures.deliveryContent().withThreshold(BigDecimal.valueOf(80)), "pmo", LATER)
            .orElseThrow();
    TemplateAssignment follows = TemplateAssignment.of("DEL", template.version(1).orElseThrow());

    assertThat(follows.diffTo(template, 2).orElseThrow())
        .extracting(TemplateChange::path)
        .containsExactly("thresholdPercent");
    assertThat(follows.moveTo(template, 2).orElseThrow().version()).isEqualTo(2);
  }

  @Test
  void assignment_shouldRefuse_backwardsUnknownVersionsAndOtherTemplates() {
    Template template =
        Fixtures.deliveryTemplate()
            .edit(Fixtures.deliveryContent().withThreshold(BigDecimal.valueOf(80)), "pmo", LATER)
            .orElseThrow();
    TemplateAssignment atTwo = new TemplateAssignment("DEL", "delivery", 2);

    assertThat(atTwo.moveTo(template, 1))
        .isEqualTo(Outcome.invalid(Violation.of("version", VERSION_NOT_NEWER, 2, 1)));
    assertThat(atTwo.moveTo(template, 2))
        .isEqualTo(Outcome.invalid(Violation.of("version", VERSION_NOT_NEWER, 2, 2)));
    assertThat(atTwo.moveTo(template, 7))
        .isEqualTo(Outcome.notFound(VERSION_NOT_FOUND, "delivery", 7));
    assertThat(new TemplateAssignment("DEL", "other", 1).moveTo(template, 2))
        .isEqualTo(Outcome.invalid(Violation.of("templateId", OTHER_TEMPLATE, "other")));
  }

  @Test
  void content_shouldFindRulesAndWorkflowsById() {
    TemplateContent content = Fixtures.deliveryContent();
    assertThat(content.rule("epic-due")).contains(Fixtures.epicsWithoutDueDate());
    assertThat(content.rule("nope")).isEqualTo(Optional.empty());
    assertThat(content.workflowFor("task")).isPresent();
  }
}
