package io.lodestar.pmo.engine.standardization.apply;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_CATEGORY_UNCONFIRMED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_CATEGORY_UNKNOWN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_COUNTS_UNAVAILABLE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_KEY_PATTERN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_NAME_PATTERN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_SCHEME_UNREADABLE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_STATUS_UNMAPPED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_TARGET_UNKNOWN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_COMPONENT_LEAD;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_KEY_PATTERN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_PROFILE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_ROLE_UNFILLED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_VERSIONS;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.FakeConfiguration;
import io.lodestar.pmo.engine.standardization.Fixtures;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.config.FieldConfiguration;
import io.lodestar.pmo.engine.standardization.config.IssueTypeScheme;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration.Component;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration.ProjectVersion;
import io.lodestar.pmo.engine.standardization.config.ScreenScheme;
import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.SchemeBindings;
import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dry run: exactly what would change, including the status migration, or why not. */
class DryRunTest {

  private static final TemplateVersion DELIVERY =
      Fixtures.version(
          Fixtures.deliveryContent()
              .withBindings(new SchemeBindings(Optional.of("P-PMO"), Optional.of("N-PMO"))));

  /** Issue counts per (project, issue type); a missing entry means "cannot be counted". */
  private final Map<String, Map<String, Long>> counts = new HashMap<>();

  private final FakeConfiguration host =
      new FakeConfiguration()
          .with(
              new WorkflowScheme(
                  "W-LEGACY",
                  "Legacy",
                  Map.of("Task", Fixtures.legacy(), "Bug", Fixtures.legacy()),
                  Optional.empty()))
          .with(
              new WorkflowScheme(
                  "W-DELIVERY",
                  "Delivery",
                  Map.of("Task", Fixtures.delivery(), "Bug", Fixtures.legacy()),
                  Optional.empty()))
          .with(new IssueTypeScheme("IT", List.of("Task", "Bug", "Epic", "Risk")))
          .with(new ScreenScheme("SC", List.of("summary", "duedate"), List.of()))
          .with(new FieldConfiguration("FC", List.of("summary")));

  private final DryRun target =
      new DryRun(host, (project, type) -> Optional.ofNullable(counts.get(project + "/" + type)));

  /**
   * A drifting project: legacy workflow, no category, no Backend component, no permission bindings.
   */
  private static ProjectConfiguration drifting() {
    return ProjectConfiguration.bare("DRIFT", "Delivery - Drift")
        .withSchemes("W-LEGACY", "IT", "SC", "P-DEFAULT", "N-PMO")
        .withFieldConfiguration("FC")
        .withRoleMembers(Map.of("Sponsor", List.of("sam")))
        .withComponents(List.of(Component.of("UI", null)))
        .withVersions(List.of(ProjectVersion.unreleased("2.0", LocalDate.of(2027, 1, 1))))
        .withProfile(Map.of());
  }

  @Test
  void plan_shouldListEveryChange_forANewProject_startingWithItsCreation() {
    ApplyPlan plan =
        target
            .plan(
                ApplyRequest.create(DELIVERY, new NewProject("DNEW", "Delivery - New", "pat"))
                    .withRoleMembers(
                        Map.of("Sponsor", List.of("sam"), "Project Manager", List.of("pat"))))
            .orElseThrow();

    assertThat(plan.steps())
        .extracting(s -> s.getClass().getSimpleName())
        .containsExactly(
            "CreateProject",
            "CreateWorkflowScheme",
            "AssociateWorkflowScheme",
            "AddIssueTypes",
            "AddScreenFields",
            "MakeFieldsRequired",
            "AddRoleMembers",
            "AddRoleMembers",
            "SetCategory",
            "AddComponents",
            "AssignPermissionScheme",
            "AssignNotificationScheme");
    assertThat(plan.steps().get(0))
        .isEqualTo(new ApplyStep.CreateProject("DNEW", "Delivery - New", "pat"));
    ApplyStep.CreateWorkflowScheme scheme = (ApplyStep.CreateWorkflowScheme) plan.steps().get(1);
    assertThat(scheme.byIssueType()).containsOnlyKeys("Task");
    assertThat(plan.steps().get(2))
        .isEqualTo(
            new ApplyStep.AssociateWorkflowScheme(
                new SchemeRef.Created(1, "Delivery v1 (DNEW)"), List.of()));
    assertThat(plan.steps().get(3))
        .isEqualTo(new ApplyStep.AddIssueTypes(Optional.empty(), List.of("Epic", "Task", "Risk")));
    assertThat(plan.migrations()).isEmpty();
    assertThat(plan.openPoints())
        .extracting(OpenPoint::messageKey)
        .containsExactly(OPEN_PROFILE, OPEN_COMPONENT_LEAD, OPEN_VERSIONS);
  }

  @Test
  void plan_shouldRefuseANewProject_whoseKeyOrNameBreaksThePattern() {
    Outcome<ApplyPlan> outcome =
        target.plan(ApplyRequest.create(DELIVERY, new NewProject("OPS", "Operations", "pat")));
    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(
                List.of(
                    Violation.of("key", APPLY_KEY_PATTERN, "OPS", "D*"),
                    Violation.of("name", APPLY_NAME_PATTERN, "Operations", "Delivery - *"))));
  }

  @Test
  void plan_shouldReuseAnIdenticalScheme_andMigrateSameNamedAndMappedStatusesWithCounts() {
    counts.put("DRIFT/Task", Map.of("Open", 4L, "Working", 2L, "Closed", 10L));
    ApplyRequest request =
        ApplyRequest.existing(DELIVERY, drifting())
            .withExistingSchemes(List.copyOf(host.workflowSchemes.values()))
            .withMappings(
                StatusMapping.of("Task", "Open", "To Do"),
                StatusMapping.of("Task", "Working", "In Progress"),
                StatusMapping.of("Task", "Closed", "Done"));

    ApplyPlan plan = target.plan(request).orElseThrow();

    // the Bug workflow is kept, so W-DELIVERY (Task: delivery, Bug: legacy) is identical: re-used
    assertThat(plan.steps()).noneMatch(s -> s instanceof ApplyStep.CreateWorkflowScheme);
    ApplyStep.AssociateWorkflowScheme associate =
        (ApplyStep.AssociateWorkflowScheme) plan.steps().get(0);
    assertThat(associate.scheme()).isEqualTo(new SchemeRef.Existing("W-DELIVERY"));
    assertThat(plan.migrations())
        .containsExactly(
            new StatusMigration(
                "Task",
                "Closed",
                "Done",
                10,
                Optional.of(StatusCategory.DONE),
                StatusCategory.DONE),
            new StatusMigration(
                "Task", "Open", "To Do", 4, Optional.of(StatusCategory.TODO), StatusCategory.TODO),
            new StatusMigration(
                "Task",
                "Working",
                "In Progress",
                2,
                Optional.of(StatusCategory.IN_PROGRESS),
                StatusCategory.IN_PROGRESS));
    assertThat(associate.migrations()).isEqualTo(plan.migrations());
    assertThat(plan.issuesMigrated()).isEqualTo(16);
    assertThat(plan.steps())
        .contains(
            new ApplyStep.SetCategory(Optional.empty(), "Delivery"),
            new ApplyStep.AddComponents(List.of("Backend")),
            new ApplyStep.AssignPermissionScheme(Optional.of("P-DEFAULT"), "P-PMO"),
            new ApplyStep.MakeFieldsRequired(Optional.of("FC"), List.of("duedate", "assignee")))
        .noneMatch(s -> s instanceof ApplyStep.AssignNotificationScheme)
        .noneMatch(s -> s instanceof ApplyStep.AddIssueTypes)
        .noneMatch(s -> s instanceof ApplyStep.AddScreenFields);
    assertThat(plan.openPoints())
        .extracting(OpenPoint::messageKey, OpenPoint::args)
        .contains(
            org.assertj.core.groups.Tuple.tuple(OPEN_ROLE_UNFILLED, List.of("Project Manager")),
            org.assertj.core.groups.Tuple.tuple(OPEN_COMPONENT_LEAD, List.of("Backend, UI")));
  }

  @Test
  void plan_shouldCreateASchemeOnlyWhenNoIdenticalOneExists_keepingOtherIssueTypesWorkflows() {
    counts.put("DRIFT/Task", Map.of());
    ApplyPlan plan =
        target
            .plan(
                ApplyRequest.existing(DELIVERY, drifting())
                    .withExistingSchemes(List.of(host.workflowSchemes.get("W-LEGACY"))))
            .orElseThrow();

    ApplyStep.CreateWorkflowScheme create = (ApplyStep.CreateWorkflowScheme) plan.steps().get(0);
    assertThat(create.byIssueType().get("Task").sameShapeAs(Fixtures.delivery())).isTrue();
    assertThat(create.byIssueType().get("Bug").sameShapeAs(Fixtures.legacy())).isTrue();
    assertThat(plan.steps().get(1))
        .isEqualTo(
            new ApplyStep.AssociateWorkflowScheme(
                new SchemeRef.Created(0, "Delivery v1 (DRIFT)"), List.of()));
  }

  @Test
  void plan_shouldRefuse_whenAnOldStatusWithIssuesHasNoMapping_butNotForEmptyStatuses() {
    counts.put("DRIFT/Task", Map.of("Working", 2L, "Open", 0L, "Closed", 1L));
    Outcome<ApplyPlan> outcome =
        target.plan(
            ApplyRequest.existing(DELIVERY, drifting())
                .withMappings(StatusMapping.of("Task", "Closed", "Done")));
    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    "statusMappings.Task.Working", APPLY_STATUS_UNMAPPED, "Task", "Working", 2L)));
  }

  @Test
  void plan_shouldRefuse_aMappingIntoAStatusTheNewWorkflowLacks() {
    counts.put("DRIFT/Task", Map.of("Closed", 1L));
    Outcome<ApplyPlan> outcome =
        target.plan(
            ApplyRequest.existing(DELIVERY, drifting())
                .withMappings(StatusMapping.of("Task", "Closed", "Shipped")));
    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    "statusMappings.Task.Closed", APPLY_TARGET_UNKNOWN, "Task", "Shipped")));
  }

  @Test
  void plan_shouldRefuseACategoryChangeWithoutConfirmation_andAcceptItConfirmed() {
    counts.put("DRIFT/Task", Map.of("Working", 3L));
    ApplyRequest unconfirmed =
        ApplyRequest.existing(DELIVERY, drifting())
            .withMappings(StatusMapping.of("Task", "Working", "Done"));
    assertThat(target.plan(unconfirmed))
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    "statusMappings.Task.Working",
                    APPLY_CATEGORY_UNCONFIRMED,
                    "Task",
                    "Working",
                    "Done",
                    "IN_PROGRESS",
                    "DONE")));

    ApplyPlan confirmed =
        target
            .plan(
                ApplyRequest.existing(DELIVERY, drifting())
                    .withMappings(StatusMapping.confirmed("Task", "Working", "Done")))
            .orElseThrow();
    assertThat(confirmed.migrations())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.changesCategory()).isTrue();
              assertThat(m.issues()).isEqualTo(3);
            });
  }

  @Test
  void plan_shouldAskForConfirmation_whenTheOldStatusCategoryIsUnknown_andTheStatusIsRenamed() {
    // given a project on the host's default workflow (no scheme the dry run can read), 10 issues
    // in Closed mapped to To Do, and 2 in Done staying in the same-named status
    counts.put("PLAIN/Task", Map.of("Closed", 10L, "Done", 2L));
    ProjectConfiguration plain = ProjectConfiguration.bare("PLAIN", "Delivery - Plain");
    ApplyRequest unconfirmed =
        ApplyRequest.existing(DELIVERY, plain)
            .withMappings(StatusMapping.of("Task", "Closed", "To Do"));

    // when / then moving Closed issues into To Do is not silently allowed
    assertThat(target.plan(unconfirmed))
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    "statusMappings.Task.Closed",
                    APPLY_CATEGORY_UNKNOWN,
                    "Task",
                    "Closed",
                    "To Do",
                    "TODO")));
    ApplyPlan confirmed =
        target
            .plan(
                ApplyRequest.existing(DELIVERY, plain)
                    .withMappings(StatusMapping.confirmed("Task", "Closed", "To Do")))
            .orElseThrow();
    assertThat(confirmed.migrations())
        .extracting(StatusMigration::from, StatusMigration::to)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Closed", "To Do"),
            org.assertj.core.groups.Tuple.tuple("Done", "Done"));
  }

  @Test
  void plan_shouldRefuse_whenCountsOrSchemesCannotBeRead() {
    assertThat(target.plan(ApplyRequest.existing(DELIVERY, drifting())))
        .isEqualTo(
            Outcome.invalid(Violation.of("statusMappings.Task", APPLY_COUNTS_UNAVAILABLE, "Task")));
    ProjectConfiguration unreadable = drifting().withSchemes("W-GONE", "IT", "SC", null, null);
    assertThat(target.plan(ApplyRequest.existing(DELIVERY, unreadable)))
        .isEqualTo(
            Outcome.invalid(
                Violation.of(
                    "workflowScheme", APPLY_SCHEME_UNREADABLE, "workflowScheme", "W-GONE")));
  }

  @Test
  void plan_shouldBeEmpty_forAProjectThatAlreadyHasTheTemplatesConfiguration() {
    TemplateContent workflowOnly =
        TemplateContent.named("Delivery")
            .withWorkflows(
                List.of(new IssueTypeWorkflow("wf", Severity.MAJOR, "Task", Fixtures.delivery())));
    ProjectConfiguration aligned =
        ProjectConfiguration.bare("DOK", "Delivery - OK")
            .withSchemes("W-DELIVERY", null, null, null, null);
    ApplyPlan plan =
        target.plan(ApplyRequest.existing(Fixtures.version(workflowOnly), aligned)).orElseThrow();
    assertThat(plan.isEmpty()).isTrue();
    assertThat(plan.openPoints()).isEmpty();
  }

  @Test
  void plan_shouldKeepAnExistingProjectsKeyAsAnOpenPoint_notARefusal() {
    counts.put("OPS/Task", Map.of());
    ProjectConfiguration ops =
        ProjectConfiguration.bare("OPS", "Delivery - Ops")
            .withSchemes("W-LEGACY", "IT", "SC", null, null);
    ApplyPlan plan = target.plan(ApplyRequest.existing(DELIVERY, ops)).orElseThrow();
    assertThat(plan.openPoints())
        .extracting(OpenPoint::ruleId, OpenPoint::messageKey)
        .contains(org.assertj.core.groups.Tuple.tuple("key", OPEN_KEY_PATTERN));
  }

  @Test
  void steps_shouldNameThemselvesForTheDryRunPage() {
    assertThat(
            new ApplyStep.AddScreenFields(Optional.empty(), ScreenKind.EDIT, List.of("a", "b"))
                .args())
        .containsExactly("edit", "a, b");
  }
}
