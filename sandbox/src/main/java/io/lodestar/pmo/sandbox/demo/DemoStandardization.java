package io.lodestar.pmo.sandbox.demo;

import io.lodestar.pmo.app.standardization.ComplianceScans;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.template.ArtifactRule;
import io.lodestar.pmo.engine.standardization.template.CountExpectation;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.JqlTemplate;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.standardization.SqlAssignments;
import io.lodestar.pmo.sandbox.standardization.SqlHostConfiguration;
import io.lodestar.pmo.sandbox.standardization.SqlScanRecords;
import io.lodestar.pmo.sandbox.standardization.SqlTemplateStore;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo's standardization (issue 9): the host configuration Jira would have (workflows and
 * schemes, issue type and screen schemes, field configurations, roles, components, versions), two
 * PMO templates — "Delivery v3" for the Digital portfolio and the lighter "Operations light" — and
 * the assignments, with projects that comply, drift and fail:
 *
 * <ul>
 *   <li>{@value #DRIFT_STATUS}: its workflow lost the "In Review" status a week ago (it complied
 *       the week before), so the workflow rules fail;
 *   <li>{@value #DRIFT_ROLE}: nobody holds its Sponsor role (a critical rule);
 *   <li>{@value #FAILING}: no schemes known, no roles, no components: fails or is unknown on almost
 *       everything;
 *   <li>{@value #OPS_DRIFT}: no Project Manager;
 *   <li>the other Digital and Operations projects comply; Infrastructure has no template.
 * </ul>
 *
 * Two scans are kept, 14 and 7 days ago, so every assigned project has a trend. The restricted demo
 * user is a Developers role member of {@value #DRIFT_STATUS}, a project they may not browse.
 */
public final class DemoStandardization {

  static final String DRIFT_STATUS = "MOBC";
  static final String DRIFT_ROLE = "WEBC";
  static final String FAILING = "DATD";
  static final String OPS_DRIFT = "FINC";

  public static final String DELIVERY = "delivery";
  public static final String OPERATIONS = "operations-light";

  private DemoStandardization() {}

  static void generate(SandboxStore store, List<String> projectKeys, LocalDate today) {
    store.inTransaction(
        c -> {
          hostConfiguration(c, projectKeys);
          return null;
        });
    SqlTemplateStore templates = new SqlTemplateStore(store);
    java.time.Instant made = today.minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC);
    templates.create(ok(Template.create(DELIVERY, delivery(), DemoAccounts.PMO, made)));
    templates.create(ok(Template.create(OPERATIONS, operations(), DemoAccounts.PMO, made)));
    SqlAssignments assignments = new SqlAssignments(store);
    for (String key : projectKeys) {
      if (key.startsWith("MOB") || key.startsWith("WEB") || key.startsWith("DAT")) {
        assignments.save(new TemplateAssignment(key, DELIVERY, 1));
      } else if (key.startsWith("SUP") || key.startsWith("FIN") || key.startsWith("HRS")) {
        assignments.save(new TemplateAssignment(key, OPERATIONS, 1));
      }
    }
    SqlHostConfiguration host = new SqlHostConfiguration(store);
    SqlScanRecords records = new SqlScanRecords(store);
    scan(templates, assignments, records, host, today.minusDays(14));
    // a week later MOBC's workflow lost its review status
    store.inTransaction(
        c -> {
          exec(
              c,
              "UPDATE project_schemes SET workflow_scheme_id = 'ws-delivery-drift' WHERE"
                  + " project_id = (SELECT id FROM project WHERE project_key = ?)",
              DRIFT_STATUS);
          return null;
        });
    scan(templates, assignments, records, host, today.minusDays(7));
  }

  private static void scan(
      SqlTemplateStore templates,
      SqlAssignments assignments,
      SqlScanRecords records,
      SqlHostConfiguration host,
      LocalDate day) {
    Clock clock = Clock.fixed(day.atTime(6, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    ComplianceScans scans =
        new ComplianceScans(templates, assignments, records, host, host, Runnable::run, 0, clock);
    ScanPlan started = scans.start(DemoAccounts.PMO);
    ScanPlan plan = scans.plan(started.scanId()).orElse(started);
    if (plan.state() != ScanPlan.State.COMPLETED) {
      throw new IllegalStateException("the demo scan did not finish");
    }
  }

  private static Template ok(Outcome<Template> outcome) {
    if (outcome instanceof Outcome.Ok<Template> ok) {
      return ok.value();
    }
    throw new IllegalStateException("invalid demo template: " + outcome);
  }

  /** The Delivery workflow: To Do → In Progress → In Review → Done. */
  static WorkflowTemplate deliveryWorkflow() {
    return new WorkflowTemplate(
        "Delivery workflow",
        List.of(
            WorkflowStatus.initial("To Do", StatusCategory.TODO),
            WorkflowStatus.of("In Progress", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("In Review", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Done", StatusCategory.DONE)),
        List.of(
            Transition.of("Start", "To Do", "In Progress")
                .withChecks(new TransitionCheck.AssigneeRequired()),
            Transition.of("Review", "In Progress", "In Review"),
            Transition.of("Approve", "In Review", "Done").withResolution(),
            Transition.of("Rework", "In Review", "In Progress"),
            Transition.of("Reopen", "Done", "To Do")));
  }

  /** The Delivery workflow without its review status (a drifted copy). */
  static WorkflowTemplate driftedWorkflow() {
    return new WorkflowTemplate(
        "Delivery workflow (old copy)",
        List.of(
            WorkflowStatus.initial("To Do", StatusCategory.TODO),
            WorkflowStatus.of("In Progress", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Done", StatusCategory.DONE)),
        List.of(
            Transition.of("Start", "To Do", "In Progress")
                .withChecks(new TransitionCheck.AssigneeRequired()),
            Transition.of("Finish", "In Progress", "Done").withResolution(),
            Transition.of("Reopen", "Done", "To Do")));
  }

  /** The simple workflow: To Do → In Progress → Done. */
  static WorkflowTemplate simpleWorkflow() {
    return new WorkflowTemplate(
        "Simple workflow",
        List.of(
            WorkflowStatus.initial("To Do", StatusCategory.TODO),
            WorkflowStatus.of("In Progress", StatusCategory.IN_PROGRESS),
            WorkflowStatus.of("Done", StatusCategory.DONE)),
        List.of(
            Transition.of("Start", "To Do", "In Progress"),
            Transition.of("Done", "In Progress", "Done").withResolution(),
            Transition.of("Reopen", "Done", "To Do")));
  }

  static TemplateContent delivery() {
    return TemplateContent.named("Delivery v3")
        .withWorkflows(
            List.of(
                new IssueTypeWorkflow("wf-story", Severity.MAJOR, "Story", deliveryWorkflow()),
                new IssueTypeWorkflow("wf-task", Severity.MAJOR, "Task", deliveryWorkflow())))
        .withProjectRules(
            List.of(
                new ProjectRule.RequiredIssueTypes(
                    "issue-types", Severity.MAJOR, List.of("Epic", "Story", "Task", "Bug", "Risk")),
                new ProjectRule.RequiredRoles(
                    "roles", Severity.CRITICAL, List.of("Sponsor", "Project Manager")),
                new ProjectRule.RequiredCategory("category", Severity.MINOR, "Digital"),
                new ProjectRule.RequiredScreenFields(
                    "create-due-date", Severity.MAJOR, ScreenKind.CREATE, List.of("duedate")),
                new ProjectRule.MandatoryFields(
                    "due-date-required", Severity.MINOR, List.of("duedate")),
                new ProjectRule.ComponentRules(
                    "components", Severity.MINOR, List.of("Backend", "Frontend"), true),
                new ProjectRule.VersionRules("versions", Severity.MINOR, true, true)))
        .withArtifactRules(
            List.of(
                new ArtifactRule(
                    "risk-register",
                    Severity.MAJOR,
                    "The risk register is in use",
                    JqlTemplate.of("project = {project} AND issuetype = Risk"),
                    CountExpectation.atLeast(1),
                    "Record the project's risks as Risk issues (Create risk in the sidebar)."),
                new ArtifactRule(
                    "open-bugs-assigned",
                    Severity.MINOR,
                    "Open bugs have an assignee",
                    JqlTemplate.of(
                        "project = {project} AND issuetype = Bug AND statusCategory != Done AND"
                            + " assignee is EMPTY"),
                    CountExpectation.atMost(25),
                    "Assign the open bugs the navigator lists, or close the ones nobody will"
                        + " fix.")))
        .withThreshold(BigDecimal.valueOf(90));
  }

  static TemplateContent operations() {
    return TemplateContent.named("Operations light")
        .withWorkflows(
            List.of(new IssueTypeWorkflow("wf-task", Severity.MAJOR, "Task", simpleWorkflow())))
        .withProjectRules(
            List.of(
                new ProjectRule.RequiredIssueTypes(
                    "issue-types", Severity.MAJOR, List.of("Task", "Bug")),
                new ProjectRule.RequiredRoles(
                    "roles", Severity.CRITICAL, List.of("Project Manager")),
                new ProjectRule.RequiredCategory("category", Severity.MINOR, "Operations")))
        .withArtifactRules(
            List.of(
                new ArtifactRule(
                    "tasks-exist",
                    Severity.MINOR,
                    "The project tracks its work as tasks",
                    JqlTemplate.of("project = {project} AND issuetype = Task"),
                    CountExpectation.atLeast(1),
                    "Create the project's work items as Tasks.")))
        .withThreshold(BigDecimal.valueOf(80));
  }

  private static void hostConfiguration(Connection c, List<String> projectKeys)
      throws SQLException {
    for (String cat : List.of("Digital", "Operations", "Infrastructure")) {
      exec(c, "INSERT INTO project_category (name) VALUES (?)", cat);
    }
    workflow(c, "wf-delivery", deliveryWorkflow());
    workflow(c, "wf-delivery-old", driftedWorkflow());
    workflow(c, "wf-simple", simpleWorkflow());
    exec(
        c,
        "INSERT INTO workflow_scheme (id, name, default_workflow_id) VALUES (?, ?, ?)",
        "ws-delivery",
        "Delivery workflow scheme",
        "wf-delivery");
    exec(
        c,
        "INSERT INTO workflow_scheme (id, name, default_workflow_id) VALUES (?, ?, ?)",
        "ws-delivery-drift",
        "Delivery workflow scheme (old copy)",
        "wf-delivery-old");
    exec(
        c,
        "INSERT INTO workflow_scheme (id, name, default_workflow_id) VALUES (?, ?, ?)",
        "ws-simple",
        "Simple workflow scheme",
        "wf-simple");
    // Epics follow the simple workflow in every scheme.
    for (String scheme : List.of("ws-delivery", "ws-delivery-drift")) {
      exec(
          c,
          "INSERT INTO workflow_scheme_entry (scheme_id, issue_type, workflow_id) VALUES (?, ?,"
              + " ?)",
          scheme,
          "Epic",
          "wf-simple");
    }
    typeScheme(
        c,
        "its-standard",
        "Standard issue types",
        List.of(
            DemoFields.EPIC,
            DemoFields.STORY,
            DemoFields.TASK,
            DemoFields.SUBTASK,
            DemoFields.BUG,
            DemoFields.RISK));
    typeScheme(c, "its-light", "Light issue types", List.of(DemoFields.TASK, DemoFields.BUG));
    screenScheme(
        c,
        "ss-standard",
        "Standard screens",
        List.of("summary", "issuetype", "assignee", "duedate"),
        List.of("summary", "issuetype", "assignee", "duedate", "description"));
    screenScheme(
        c, "ss-light", "Light screens", List.of("summary", "issuetype"), List.of("summary"));
    fieldConfiguration(
        c, "fc-delivery", "Delivery field configuration", List.of("summary", "duedate"));
    fieldConfiguration(c, "fc-default", "Default field configuration", List.of("summary"));
    for (String role : List.of("Sponsor", "Project Manager", "Developers")) {
      exec(c, "INSERT INTO project_role (name) VALUES (?)", role);
    }
    LocalDate release = LocalDate.of(2027, 3, 31);
    Set<String> failing = Set.of(FAILING);
    for (String key : projectKeys) {
      boolean digital = key.startsWith("MOB") || key.startsWith("WEB") || key.startsWith("DAT");
      if (failing.contains(key)) {
        continue; // nothing known: no schemes, roles, components or versions
      }
      Map<String, String> schemes =
          digital
              ? Map.of(
                  "ws",
                  "ws-delivery",
                  "its",
                  "its-standard",
                  "ss",
                  "ss-standard",
                  "fc",
                  "fc-delivery")
              : Map.of("ws", "ws-simple", "its", "its-light", "ss", "ss-light", "fc", "fc-default");
      exec(
          c,
          "INSERT INTO project_schemes (project_id, workflow_scheme_id, issue_type_scheme_id,"
              + " screen_scheme_id, field_configuration_id, permission_scheme_id,"
              + " notification_scheme_id) SELECT id, ?, ?, ?, ?, '0', '10000' FROM project WHERE"
              + " project_key = ?",
          schemes.get("ws"),
          schemes.get("its"),
          schemes.get("ss"),
          schemes.get("fc"),
          key);
      if (!key.equals(OPS_DRIFT)) {
        role(c, key, "Project Manager", "lead");
      }
      if (!key.equals(DRIFT_ROLE)) {
        role(c, key, "Sponsor", DemoAccounts.MANAGER);
      }
      role(c, key, "Developers", DemoAccounts.MEMBER);
      if (digital) {
        for (String component : List.of("Backend", "Frontend")) {
          exec(
              c,
              "INSERT INTO project_component (project_id, name, lead_key) SELECT id, ?, lead_key"
                  + " FROM project WHERE project_key = ?",
              component,
              key);
        }
        exec(
            c,
            "INSERT INTO project_version (project_id, name, released, archived, release_date)"
                + " SELECT id, '1.0', TRUE, FALSE, NULL FROM project WHERE project_key = ?",
            key);
        exec(
            c,
            "INSERT INTO project_version (project_id, name, released, archived, release_date)"
                + " SELECT id, '2.0', FALSE, FALSE, ? FROM project WHERE project_key = ?",
            java.sql.Date.valueOf(release),
            key);
      }
    }
    role(c, DRIFT_STATUS, "Developers", DemoAccounts.RESTRICTED);
  }

  /** {@code who} is a user key, or {@code lead} for the project's lead. */
  private static void role(Connection c, String projectKey, String role, String who)
      throws SQLException {
    if (who.equals("lead")) {
      exec(
          c,
          "INSERT INTO project_role_member (project_id, role_name, user_key) SELECT id, ?,"
              + " lead_key FROM project WHERE project_key = ?",
          role,
          projectKey);
    } else {
      exec(
          c,
          "INSERT INTO project_role_member (project_id, role_name, user_key) SELECT id, ?, ? FROM"
              + " project WHERE project_key = ?",
          role,
          who,
          projectKey);
    }
  }

  private static void workflow(Connection c, String id, WorkflowTemplate w) throws SQLException {
    exec(c, "INSERT INTO workflow (id, name) VALUES (?, ?)", id, w.name());
    int i = 0;
    for (WorkflowStatus s : w.statuses()) {
      exec(
          c,
          "INSERT INTO workflow_status (workflow_id, position, name, category, initial) VALUES"
              + " (?, ?, ?, ?, ?)",
          id,
          i++,
          s.name(),
          SqlHostConfiguration.categoryKey(s.category()),
          s.initial());
    }
    i = 0;
    for (Transition t : w.transitions()) {
      exec(
          c,
          "INSERT INTO workflow_transition (workflow_id, position, name, from_status, to_status,"
              + " sets_resolution, checks) VALUES (?, ?, ?, ?, ?, ?, ?)",
          id,
          i++,
          t.name(),
          t.from(),
          t.to(),
          t.setsResolution(),
          String.join("\n", t.checks().stream().map(TransitionCheck::canonical).toList()));
    }
  }

  private static void typeScheme(Connection c, String id, String name, List<String> typeIds)
      throws SQLException {
    exec(c, "INSERT INTO issue_type_scheme (id, name) VALUES (?, ?)", id, name);
    int i = 0;
    for (String type : typeIds) {
      exec(
          c,
          "INSERT INTO issue_type_scheme_entry (scheme_id, position, issue_type_id) VALUES (?,"
              + " ?, ?)",
          id,
          i++,
          type);
    }
  }

  private static void screenScheme(
      Connection c, String id, String name, List<String> create, List<String> edit)
      throws SQLException {
    exec(c, "INSERT INTO screen_scheme (id, name) VALUES (?, ?)", id, name);
    int i = 0;
    for (String f : create) {
      exec(
          c,
          "INSERT INTO screen_scheme_field (scheme_id, screen, position, field_id) VALUES (?,"
              + " 'CREATE', ?, ?)",
          id,
          i++,
          f);
    }
    i = 0;
    for (String f : edit) {
      exec(
          c,
          "INSERT INTO screen_scheme_field (scheme_id, screen, position, field_id) VALUES (?,"
              + " 'EDIT', ?, ?)",
          id,
          i++,
          f);
    }
  }

  private static void fieldConfiguration(Connection c, String id, String name, List<String> req)
      throws SQLException {
    exec(c, "INSERT INTO field_configuration (id, name) VALUES (?, ?)", id, name);
    for (String f : req) {
      exec(
          c,
          "INSERT INTO field_configuration_required (configuration_id, field_id) VALUES (?, ?)",
          id,
          f);
    }
  }

  private static void exec(Connection c, String sql, Object... args) throws SQLException {
    try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      ps.executeUpdate();
    }
  }
}
