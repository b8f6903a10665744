package io.lodestar.pmo.sandbox.standardization;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.standardization.ComplianceScans;
import io.lodestar.pmo.app.standardization.apply.TemplateApplication;
import io.lodestar.pmo.app.standardization.apply.TemplateApplication.Applied;
import io.lodestar.pmo.app.standardization.apply.TemplateApplication.Choices;
import io.lodestar.pmo.app.standardization.apply.TemplateApplication.Planned;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.apply.ApplyReport;
import io.lodestar.pmo.engine.standardization.apply.ApplyStep;
import io.lodestar.pmo.engine.standardization.apply.NewProject;
import io.lodestar.pmo.engine.standardization.apply.SchemeRef;
import io.lodestar.pmo.engine.standardization.apply.StatusMapping;
import io.lodestar.pmo.engine.standardization.apply.StatusMigration;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.shared.host.PasswordHasher;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.server.SandboxUserDirectory;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.SqlTransactions;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Dry run and apply on the sandbox's SQL host configuration: status migration with counts, refusal
 * of an unmapped status, re-use of an identical workflow scheme, all-or-nothing with a failing
 * step, 409 for a plan changed since the dry run, the compliance re-scan, and new projects.
 */
class SqlApplyHostTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path directory;
  private SandboxStore store;

  @BeforeEach
  void generate() {
    store = SandboxStore.open(directory.resolve("data"));
    DemoData.generate(store, 300, 42L, TODAY);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private TemplateApplication application(Predicate<ApplyStep> fault) {
    SqlHostConfiguration host = new SqlHostConfiguration(store);
    SqlTemplateStore templates = new SqlTemplateStore(store);
    SqlAssignments assignments = new SqlAssignments(store);
    ComplianceScans scans =
        new ComplianceScans(
            templates, assignments, new SqlScanRecords(store), host, host, Runnable::run, 0, CLOCK);
    return new TemplateApplication(
        templates,
        assignments,
        host,
        new SqlStatusCounts(store),
        new SqlApplyHost(store, host, Optional.of("staff"), fault),
        scans,
        new SandboxUserDirectory(new SandboxUsers(store, new PasswordHasher())),
        new SqlAuditLog(store),
        new SqlTransactions(store),
        CLOCK);
  }

  private TemplateApplication application() {
    return application(step -> false);
  }

  private long count(String sql, Object... args) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private String string(String sql, Object... args) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getString(1) : null;
            }
          }
        });
  }

  private void exec(String sql, Object... args) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
          }
        });
  }

  /** Status → issues of one issue type in a project, read straight from the issue table. */
  private Map<String, Long> statuses(String projectKey, String issueType) {
    return store.inTransaction(
        c -> {
          Map<String, Long> out = new TreeMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.status_name, COUNT(*) FROM issue i JOIN project p ON p.id ="
                      + " i.project_id JOIN issue_type t ON t.id = i.issue_type_id WHERE"
                      + " p.project_key = ? AND t.name = ? GROUP BY i.status_name")) {
            ps.setString(1, projectKey);
            ps.setString(2, issueType);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
              }
            }
          }
          return out;
        });
  }

  private String schemeOf(String projectKey) {
    return string(
        "SELECT s.workflow_scheme_id FROM project_schemes s JOIN project p ON p.id = s.project_id"
            + " WHERE p.project_key = ?",
        projectKey);
  }

  /** Puts some of the project's Story issues in a status no workflow of the template has. */
  private long block(String projectKey, int issues) {
    exec(
        "UPDATE issue SET status_name = 'Blocked', status_category = 'indeterminate' WHERE id IN"
            + " (SELECT i.id FROM issue i JOIN project p ON p.id = i.project_id JOIN issue_type t"
            + " ON t.id = i.issue_type_id WHERE p.project_key = ? AND t.name = 'Story' ORDER BY"
            + " i.id LIMIT ?)",
        projectKey,
        issues);
    return statuses(projectKey, "Story").getOrDefault("Blocked", 0L);
  }

  private static <T> T ok(Outcome<T> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Ok.class);
    return outcome.orElseThrow();
  }

  private static List<String> failing(ComplianceResult r) {
    return r.failing().stream().map(RuleResult::ruleId).toList();
  }

  @Test
  void dryRun_shouldListEveryStatusMoveWithItsCount_whenTheProjectDrifted() {
    // given MOBC, whose workflow lost "In Review"
    Map<String, Long> before = statuses("MOBC", "Story");
    String scheme = schemeOf("MOBC");

    // when its dry run is made
    Planned planned = ok(application().dryRun("MOBC", Choices.none()));

    // then each status with Story issues moves into the same-named status, with the issue table's
    // count; a workflow scheme is created (no identical one exists) and associated; nothing changed
    Map<String, Long> moved = new TreeMap<>();
    planned.plan().migrations().stream()
        .filter(m -> m.issueType().equals("Story"))
        .forEach(m -> moved.put(m.from(), m.issues()));
    assertThat(moved).isEqualTo(before);
    assertThat(planned.plan().migrations()).allMatch(m -> m.from().equals(m.to()));
    assertThat(planned.plan().steps().get(0)).isInstanceOf(ApplyStep.CreateWorkflowScheme.class);
    assertThat(planned.plan().steps().get(1)).isInstanceOf(ApplyStep.AssociateWorkflowScheme.class);
    assertThat(planned.fingerprint()).hasSize(64);
    assertThat(schemeOf("MOBC")).isEqualTo(scheme);
    assertThat(statuses("MOBC", "Story")).isEqualTo(before);
  }

  @Test
  void dryRun_shouldRefuseNamingTheStatus_whenAStatusWithIssuesHasNoMapping() {
    // given 2 MOBC stories in "Blocked", which the Delivery workflow lacks
    assertThat(block("MOBC", 2)).isEqualTo(2);

    // when the dry run is made without a mapping, then with one
    Outcome<Planned> refused = application().dryRun("MOBC", Choices.none());
    Planned mapped =
        ok(
            application()
                .dryRun(
                    "MOBC",
                    new Choices(
                        List.of(StatusMapping.confirmed("Story", "Blocked", "In Progress")),
                        Map.of())));

    // then the first is refused for statusMappings.Story.Blocked; the second moves the 2 issues
    assertThat(refused).isInstanceOf(Outcome.Invalid.class);
    assertThat(((Outcome.Invalid<Planned>) refused).violations())
        .extracting(Violation::field)
        .containsExactly("statusMappings.Story.Blocked");
    assertThat(mapped.plan().migrations())
        .filteredOn(m -> m.from().equals("Blocked"))
        .extracting(StatusMigration::to, StatusMigration::issues)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("In Progress", 2L));
  }

  @Test
  void apply_shouldMigrateIssuesAndRescan_thenReuseTheSchemeForAnIdenticalProject() {
    // given MOBC drifted with 2 blocked stories, and MOBB drifted the same way
    block("MOBC", 2);
    exec(
        "UPDATE project_schemes SET workflow_scheme_id = 'ws-delivery-drift' WHERE project_id ="
            + " (SELECT id FROM project WHERE project_key = 'MOBB')");
    Choices choices =
        new Choices(List.of(StatusMapping.confirmed("Story", "Blocked", "In Progress")), Map.of());
    long inProgress = statuses("MOBC", "Story").getOrDefault("In Progress", 0L);
    long schemes = count("SELECT COUNT(*) FROM workflow_scheme");
    Planned planned = ok(application().dryRun("MOBC", choices));

    // when MOBC's plan is applied
    Applied applied = ok(application().apply("MOBC", choices, planned.fingerprint(), "pmo"));

    // then the issues moved, the new scheme is MOBC's, and the re-scan passes the workflow rules
    Applied.Done done = (Applied.Done) applied;
    assertThat(done.report()).isInstanceOf(ApplyReport.Applied.class);
    Map<String, Long> after = statuses("MOBC", "Story");
    assertThat(after).doesNotContainKey("Blocked");
    assertThat(after.get("In Progress")).isEqualTo(inProgress + 2);
    assertThat(count("SELECT COUNT(*) FROM workflow_scheme")).isEqualTo(schemes + 1);
    String created = schemeOf("MOBC");
    assertThat(created).isNotEqualTo("ws-delivery-drift");
    ComplianceResult rescan = done.rescan().orElseThrow();
    assertThat(failing(rescan)).doesNotContain("wf-story", "wf-task");
    assertThat(rescan.complies()).isTrue();
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_log WHERE action = ? AND target_id = 'MOBC'",
                TemplateApplication.AUDIT_APPLIED))
        .isEqualTo(1);

    // and MOBB's plan re-uses MOBC's new scheme instead of creating another
    Planned mobb = ok(application().dryRun("MOBB", Choices.none()));
    assertThat(mobb.plan().steps())
        .noneMatch(s -> s instanceof ApplyStep.CreateWorkflowScheme)
        .anyMatch(
            s ->
                s instanceof ApplyStep.AssociateWorkflowScheme a
                    && a.scheme().equals(new SchemeRef.Existing(created)));
    ok(application().apply("MOBB", Choices.none(), mobb.fingerprint(), "pmo"));
    assertThat(schemeOf("MOBB")).isEqualTo(created);
    assertThat(count("SELECT COUNT(*) FROM workflow_scheme")).isEqualTo(schemes + 1);
  }

  @Test
  void apply_shouldRollBackEveryStep_whenAStepFailsPartWay() {
    // given WEBC's plan (a workflow scheme, its association with migrations, a sponsor) and a host
    // whose role-member step fails
    exec(
        "UPDATE project_schemes SET workflow_scheme_id = 'ws-delivery-drift' WHERE project_id ="
            + " (SELECT id FROM project WHERE project_key = 'WEBC')");
    Choices choices = new Choices(List.of(), Map.of("Sponsor", List.of("manager")));
    Planned planned = ok(application().dryRun("WEBC", choices));
    assertThat(planned.plan().steps()).hasAtLeastOneElementOfType(ApplyStep.AddRoleMembers.class);
    Map<String, Long> stories = statuses("WEBC", "Story");
    long schemes = count("SELECT COUNT(*) FROM workflow_scheme");
    long workflows = count("SELECT COUNT(*) FROM workflow");

    // when it is applied
    Applied applied =
        ok(
            application(step -> step instanceof ApplyStep.AddRoleMembers)
                .apply("WEBC", choices, planned.fingerprint(), "pmo"));

    // then the report names the failing step and every earlier step was undone: same scheme, same
    // statuses, no new scheme, no sponsor; the rollback is audited
    ApplyReport.RolledBack report = (ApplyReport.RolledBack) ((Applied.Done) applied).report();
    assertThat(planned.plan().steps().get(report.failedStep()))
        .isInstanceOf(ApplyStep.AddRoleMembers.class);
    assertThat(report.clean()).isTrue();
    assertThat(report.undone()).hasSize(report.failedStep());
    assertThat(schemeOf("WEBC")).isEqualTo("ws-delivery-drift");
    assertThat(statuses("WEBC", "Story")).isEqualTo(stories);
    assertThat(count("SELECT COUNT(*) FROM workflow_scheme")).isEqualTo(schemes);
    assertThat(count("SELECT COUNT(*) FROM workflow")).isEqualTo(workflows);
    assertThat(
            count(
                "SELECT COUNT(*) FROM project_role_member m JOIN project p ON p.id = m.project_id"
                    + " WHERE p.project_key = 'WEBC' AND m.role_name = 'Sponsor'"))
        .isZero();
    assertThat(
            count(
                "SELECT COUNT(*) FROM audit_log WHERE action = ? AND target_id = 'WEBC'",
                TemplateApplication.AUDIT_ROLLED_BACK))
        .isEqualTo(1);
  }

  @Test
  void apply_shouldChangeNothing_whenThePlanChangedSinceTheDryRun() {
    // given MOBC's dry run, then one more story in a status the plan did not count
    Planned planned = ok(application().dryRun("MOBC", Choices.none()));
    exec(
        "UPDATE issue SET status_name = 'Done', status_category = 'done' WHERE id = (SELECT"
            + " MIN(i.id) FROM issue i JOIN project p ON p.id = i.project_id JOIN issue_type t ON"
            + " t.id = i.issue_type_id WHERE p.project_key = 'MOBC' AND t.name = 'Story' AND"
            + " i.status_name <> 'Done')");

    // when the old plan is applied
    Applied applied = ok(application().apply("MOBC", Choices.none(), planned.fingerprint(), "pmo"));

    // then it is refused with today's plan (another fingerprint) and nothing changed
    assertThat(applied).isInstanceOf(Applied.PlanChanged.class);
    assertThat(((Applied.PlanChanged) applied).current().fingerprint())
        .isNotEqualTo(planned.fingerprint());
    assertThat(schemeOf("MOBC")).isEqualTo("ws-delivery-drift");
  }

  @Test
  void createProject_shouldCreateAProjectPassingEveryRule_whenTheTemplateHasConfigurationRules() {
    // given a template with Operations light's configuration rules and no artifact rule
    SqlTemplateStore templates = new SqlTemplateStore(store);
    TemplateContent ops = templates.find("operations-light").orElseThrow().latest().content();
    templates.create(
        Template.create("ops-config", ops.withArtifactRules(List.of()), "pmo", CLOCK.instant())
            .orElseThrow());

    // when the manager creates OPSX from it
    Applied applied =
        ok(
            application()
                .createProject(
                    new NewProject("OPSX", "Operations X", "manager"),
                    "ops-config",
                    Optional.empty(),
                    Map.of(),
                    "manager"));

    // then the project exists with the template's configuration, is assigned, and its re-scan is
    // 100 % (the lead fills the required role); its lead and the staff group may browse it
    Applied.Done done = (Applied.Done) applied;
    assertThat(done.report()).isInstanceOf(ApplyReport.Applied.class);
    assertThat(new SqlAssignments(store).byProject("OPSX"))
        .contains(new TemplateAssignment("OPSX", "ops-config", 1));
    ComplianceResult rescan = done.rescan().orElseThrow();
    assertThat(failing(rescan)).isEmpty();
    assertThat(rescan.score().percent().orElseThrow())
        .isEqualByComparingTo(BigDecimal.valueOf(100));
    assertThat(string("SELECT category FROM project WHERE project_key = 'OPSX'"))
        .isEqualTo("Operations");
    assertThat(
            count(
                "SELECT COUNT(*) FROM project_permission pp JOIN project p ON p.id = pp.project_id"
                    + " WHERE p.project_key = 'OPSX' AND pp.permission = 'BROWSE'"))
        .isEqualTo(2);
  }

  @Test
  void createProject_shouldRefuseNamingTheFields_whenKeyNameOrLeadAreBad() {
    // when a project is asked for with a lower-case key, a blank name and an unknown lead, then
    // with a key that exists
    Outcome<Applied> bad =
        application()
            .createProject(
                new NewProject("ops-1", " ", "nobody"),
                "operations-light",
                Optional.empty(),
                Map.of(),
                "pmo");
    Outcome<Applied> taken =
        application()
            .createProject(
                new NewProject("MOBC", "Mobile C", "manager"),
                "operations-light",
                Optional.empty(),
                Map.of(),
                "pmo");

    // then both are refused naming the fields, and nothing was created
    assertThat(((Outcome.Invalid<Applied>) bad).violations())
        .extracting(Violation::field)
        .containsExactly("key", "name", "lead");
    assertThat(((Outcome.Invalid<Applied>) taken).violations())
        .extracting(Violation::field)
        .containsExactly("key");
    assertThat(count("SELECT COUNT(*) FROM project WHERE project_key = 'ops-1'")).isZero();
  }

  @Test
  void createProject_shouldLeaveNoProject_whenAStepFails() {
    // given a host whose category step fails
    long projects = count("SELECT COUNT(*) FROM project");

    // when a project is created
    Applied applied =
        ok(
            application(step -> step instanceof ApplyStep.SetCategory)
                .createProject(
                    new NewProject("OPSY", "Operations Y", "manager"),
                    "operations-light",
                    Optional.empty(),
                    Map.of(),
                    "pmo"));

    // then it was rolled back: no project, no assignment
    assertThat(((Applied.Done) applied).report()).isInstanceOf(ApplyReport.RolledBack.class);
    assertThat(count("SELECT COUNT(*) FROM project")).isEqualTo(projects);
    assertThat(new SqlAssignments(store).byProject("OPSY")).isEmpty();
  }
}
