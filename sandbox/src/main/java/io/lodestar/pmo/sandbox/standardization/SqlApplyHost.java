package io.lodestar.pmo.sandbox.standardization;

import io.lodestar.pmo.app.standardization.port.ApplyHostPort;
import io.lodestar.pmo.engine.standardization.apply.ApplyHost;
import io.lodestar.pmo.engine.standardization.apply.ApplyStep;
import io.lodestar.pmo.engine.standardization.apply.SchemeRef;
import io.lodestar.pmo.engine.standardization.apply.StatusMigration;
import io.lodestar.pmo.engine.standardization.apply.StepReceipt;
import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Applies template plans to the sandbox's SQL host configuration (schema V14), all-or-nothing in
 * ONE database transaction: {@link #atomically} runs the work on one connection; every step runs in
 * its own savepoint (a failing step leaves nothing behind, its undo rolls back to the savepoint)
 * and the whole transaction is rolled back unless the work asks to keep it.
 *
 * <p>Steps: a new project (with browse permission for its lead and the configured group, and
 * administer for its lead); a workflow scheme whose workflows are the host's identical ones where
 * they exist, created otherwise; a scheme association that moves the issues of each migration (old
 * status → new status and its category; refused when the number of issues moved is not the dry
 * run's count); issue types, screen fields and required fields added to the project's schemes (a
 * scheme of the project's own is created where it has none); category (created when the host has
 * none of that name), permission and notification schemes; components; role members (the role
 * created when missing, unknown users refused).
 */
public final class SqlApplyHost implements ApplyHostPort {

  /** Thrown by a step the host cannot do; its message is the reason in the report. */
  static final class StepRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepRefused(String message) {
      super(message);
    }
  }

  private final SandboxStore store;
  private final SqlHostConfiguration configuration;
  private final Optional<String> browseGroup;
  private final Predicate<ApplyStep> fault;

  /**
   * @param browseGroup group that may browse a project created from a template (besides its lead);
   *     empty for none
   */
  public SqlApplyHost(
      SandboxStore store, SqlHostConfiguration configuration, Optional<String> browseGroup) {
    this(store, configuration, browseGroup, step -> false);
  }

  /** With a fault injected: steps {@code fault} accepts fail after doing their work (tests). */
  SqlApplyHost(
      SandboxStore store,
      SqlHostConfiguration configuration,
      Optional<String> browseGroup,
      Predicate<ApplyStep> fault) {
    this.store = Objects.requireNonNull(store, "store");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.browseGroup = Objects.requireNonNull(browseGroup, "browseGroup");
    this.fault = Objects.requireNonNull(fault, "fault");
  }

  @Override
  public List<WorkflowScheme> workflowSchemes() {
    List<String> ids =
        store.inTransaction(
            c -> {
              List<String> out = new ArrayList<>();
              try (PreparedStatement ps =
                      c.prepareStatement("SELECT id FROM workflow_scheme ORDER BY id");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  out.add(rs.getString(1));
                }
              }
              return out;
            });
    List<WorkflowScheme> schemes = new ArrayList<>();
    for (String id : ids) {
      configuration.workflowScheme(id).ifPresent(schemes::add);
    }
    return schemes;
  }

  /** Thrown to roll the transaction back while handing the answer out. */
  private static final class Discard extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Object value;

    Discard(Object value) {
      super(null, null, false, false);
      this.value = value;
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T atomically(String projectKey, Function<ApplyHost, Atomic<T>> work) {
    try {
      return store.inTransaction(
          c -> {
            Atomic<T> answer = work.apply(new Steps(c, projectKey));
            if (!answer.keep()) {
              throw new Discard(answer.value());
            }
            return answer.value();
          });
    } catch (Discard d) {
      return (T) d.value;
    }
  }

  /** The steps on one connection; savepoints by step index. */
  private final class Steps implements ApplyHost {
    private final Connection c;
    private final Map<Integer, Savepoint> savepoints = new HashMap<>();

    /** The project of this apply (created by the plan's first step for a new one). */
    private final String projectKey;

    Steps(Connection c, String projectKey) {
      this.c = c;
      this.projectKey = Objects.requireNonNull(projectKey, "projectKey");
    }

    @Override
    public StepResult execute(int index, ApplyStep step, List<StepReceipt> done) {
      Savepoint sp;
      try {
        sp = c.setSavepoint();
      } catch (SQLException e) {
        return new StepResult.Failed(e.getMessage());
      }
      try {
        Optional<String> created = run(step, done);
        if (fault.test(step)) {
          throw new StepRefused("injected failure of " + step.getClass().getSimpleName());
        }
        savepoints.put(index, sp);
        return new StepResult.Done(new StepReceipt(index, created, Optional.empty()));
      } catch (SQLException | RuntimeException e) {
        try {
          c.rollback(sp);
        } catch (SQLException rollback) {
          e.addSuppressed(rollback);
        }
        return new StepResult.Failed(
            e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      }
    }

    @Override
    public StepResult undo(ApplyStep step, StepReceipt receipt) {
      Savepoint sp = savepoints.remove(receipt.stepIndex());
      if (sp == null) {
        return new StepResult.Failed("no savepoint for step " + receipt.stepIndex());
      }
      try {
        c.rollback(sp);
        return new StepResult.Done(receipt);
      } catch (SQLException e) {
        return new StepResult.Failed(e.getMessage());
      }
    }

    private Optional<String> run(ApplyStep step, List<StepReceipt> done) throws SQLException {
      if (step instanceof ApplyStep.CreateProject p) {
        return Optional.of(createProject(p));
      } else if (step instanceof ApplyStep.CreateWorkflowScheme s) {
        return Optional.of(createWorkflowScheme(s));
      } else if (step instanceof ApplyStep.AssociateWorkflowScheme a) {
        associate(a, done);
      } else if (step instanceof ApplyStep.AddIssueTypes t) {
        addIssueTypes(t);
      } else if (step instanceof ApplyStep.AddScreenFields f) {
        addScreenFields(f);
      } else if (step instanceof ApplyStep.MakeFieldsRequired f) {
        makeRequired(f);
      } else if (step instanceof ApplyStep.SetCategory s) {
        if (count("SELECT COUNT(*) FROM project_category WHERE name = ?", s.to()) == 0) {
          update("INSERT INTO project_category (name) VALUES (?)", s.to());
        }
        update("UPDATE project SET category = ? WHERE id = ?", s.to(), projectId());
      } else if (step instanceof ApplyStep.AssignPermissionScheme s) {
        setScheme("permission_scheme_id", s.to());
      } else if (step instanceof ApplyStep.AssignNotificationScheme s) {
        setScheme("notification_scheme_id", s.to());
      } else if (step instanceof ApplyStep.AddComponents s) {
        long project = projectId();
        for (String name : s.names()) {
          update(
              "INSERT INTO project_component (project_id, name, lead_key) VALUES (?, ?, NULL)",
              project,
              name);
        }
      } else if (step instanceof ApplyStep.AddRoleMembers r) {
        addRoleMembers(r);
      }
      return Optional.empty();
    }

    private long projectId() throws SQLException {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT id FROM project WHERE project_key = ?")) {
        ps.setString(1, projectKey);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            throw new StepRefused("project " + projectKey + " does not exist");
          }
          return rs.getLong(1);
        }
      }
    }

    private String createProject(ApplyStep.CreateProject p) throws SQLException {
      if (!p.key().equals(projectKey)) {
        throw new StepRefused("the plan creates " + p.key() + ", not " + projectKey);
      }
      if (count("SELECT COUNT(*) FROM project WHERE UPPER(project_key) = UPPER(?)", p.key()) > 0) {
        throw new StepRefused("project key " + p.key() + " is taken");
      }
      if (count("SELECT COUNT(*) FROM app_user WHERE user_key = ?", p.leadKey()) == 0) {
        throw new StepRefused("no user " + p.leadKey());
      }
      long id = count("SELECT COALESCE(MAX(id), 0) + 1 FROM project");
      update(
          "INSERT INTO project (id, project_key, name, lead_key) VALUES (?, ?, ?, ?)",
          id,
          p.key(),
          p.name(),
          p.leadKey());
      update("INSERT INTO project_schemes (project_id) VALUES (?)", id);
      grant(id, "BROWSE", "USER", p.leadKey());
      grant(id, "ADMINISTER", "USER", p.leadKey());
      if (browseGroup.isPresent()) {
        grant(id, "BROWSE", "GROUP", browseGroup.get());
      }
      return String.valueOf(id);
    }

    private void grant(long projectId, String permission, String type, String holder)
        throws SQLException {
      update(
          "INSERT INTO project_permission (project_id, permission, holder_type, holder) VALUES"
              + " (?, ?, ?, ?)",
          projectId,
          permission,
          type,
          holder);
    }

    private String createWorkflowScheme(ApplyStep.CreateWorkflowScheme s) throws SQLException {
      Map<String, WorkflowTemplate> known = knownWorkflows();
      Map<String, String> ids = new HashMap<>();
      String id = newId("ws");
      String fallbackId =
          s.fallback().isPresent() ? workflowId(s.fallback().get(), known, ids) : null;
      update(
          "INSERT INTO workflow_scheme (id, name, default_workflow_id) VALUES (?, ?, ?)",
          id,
          s.name(),
          fallbackId);
      for (Map.Entry<String, WorkflowTemplate> e :
          new java.util.TreeMap<>(s.byIssueType()).entrySet()) {
        update(
            "INSERT INTO workflow_scheme_entry (scheme_id, issue_type, workflow_id) VALUES (?, ?,"
                + " ?)",
            id,
            e.getKey(),
            workflowId(e.getValue(), known, ids));
      }
      return id;
    }

    /** The id of the host's workflow of this shape, creating one when there is none. */
    private String workflowId(
        WorkflowTemplate w, Map<String, WorkflowTemplate> known, Map<String, String> made)
        throws SQLException {
      for (Map.Entry<String, WorkflowTemplate> e : known.entrySet()) {
        if (e.getValue().sameShapeAs(w)) {
          return e.getKey();
        }
      }
      String id = newId("wf");
      update("INSERT INTO workflow (id, name) VALUES (?, ?)", id, w.name());
      int position = 0;
      for (WorkflowStatus st : w.statuses()) {
        update(
            "INSERT INTO workflow_status (workflow_id, position, name, category, initial) VALUES"
                + " (?, ?, ?, ?, ?)",
            id,
            position++,
            st.name(),
            SqlHostConfiguration.categoryKey(st.category()),
            st.initial());
      }
      position = 0;
      for (Transition t : w.transitions()) {
        update(
            "INSERT INTO workflow_transition (workflow_id, position, name, from_status, to_status,"
                + " sets_resolution, checks) VALUES (?, ?, ?, ?, ?, ?, ?)",
            id,
            position++,
            t.name(),
            t.from(),
            t.to(),
            t.setsResolution(),
            String.join("\n", t.checks().stream().map(TransitionCheck::canonical).toList()));
      }
      known.put(id, w);
      made.put(id, w.name());
      return id;
    }

    private Map<String, WorkflowTemplate> knownWorkflows() throws SQLException {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT id FROM workflow ORDER BY id");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
      Map<String, WorkflowTemplate> loaded = new LinkedHashMap<>();
      for (String id : ids) {
        SqlHostConfiguration.workflow(c, id, loaded);
      }
      return loaded;
    }

    private void associate(ApplyStep.AssociateWorkflowScheme a, List<StepReceipt> done)
        throws SQLException {
      String schemeId;
      if (a.scheme() instanceof SchemeRef.Existing e) {
        schemeId = e.schemeId();
      } else {
        int index = ((SchemeRef.Created) a.scheme()).stepIndex();
        schemeId =
            done.stream()
                .filter(r -> r.stepIndex() == index)
                .findFirst()
                .flatMap(StepReceipt::createdId)
                .orElseThrow(() -> new StepRefused("no scheme created by step " + index));
      }
      if (count("SELECT COUNT(*) FROM workflow_scheme WHERE id = ?", schemeId) == 0) {
        throw new StepRefused("no workflow scheme " + schemeId);
      }
      long project = projectId();
      for (StatusMigration m : a.migrations()) {
        int moved =
            update(
                "UPDATE issue SET status_name = ?, status_category = ? WHERE project_id = ? AND"
                    + " status_name = ? AND issue_type_id IN (SELECT id FROM issue_type WHERE"
                    + " LOWER(name) = LOWER(?))",
                m.to(),
                SqlHostConfiguration.categoryKey(m.toCategory()),
                project,
                m.from(),
                m.issueType());
        if (moved != m.issues()) {
          throw new StepRefused(
              m.issueType()
                  + " "
                  + m.from()
                  + ": "
                  + moved
                  + " issues instead of the dry run's "
                  + m.issues());
        }
      }
      setScheme("workflow_scheme_id", schemeId);
    }

    private void addIssueTypes(ApplyStep.AddIssueTypes t) throws SQLException {
      String scheme =
          t.schemeId().isPresent() ? t.schemeId().get() : ownScheme("issue_type_scheme", "its");
      int position =
          (int)
              count(
                  "SELECT COALESCE(MAX(position), -1) + 1 FROM issue_type_scheme_entry WHERE"
                      + " scheme_id = ?",
                  scheme);
      for (String type : t.issueTypes()) {
        String typeId;
        try (PreparedStatement ps =
            c.prepareStatement("SELECT id FROM issue_type WHERE LOWER(name) = LOWER(?)")) {
          ps.setString(1, type);
          try (ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
              throw new StepRefused("no issue type " + type);
            }
            typeId = rs.getString(1);
          }
        }
        update(
            "INSERT INTO issue_type_scheme_entry (scheme_id, position, issue_type_id) VALUES (?,"
                + " ?, ?)",
            scheme,
            position++,
            typeId);
      }
      if (t.schemeId().isEmpty()) {
        setScheme("issue_type_scheme_id", scheme);
      }
    }

    private void addScreenFields(ApplyStep.AddScreenFields f) throws SQLException {
      String scheme =
          f.schemeId().isPresent() ? f.schemeId().get() : ownScheme("screen_scheme", "ss");
      String screen = f.screen() == ScreenKind.CREATE ? "CREATE" : "EDIT";
      int position =
          (int)
              count(
                  "SELECT COALESCE(MAX(position), -1) + 1 FROM screen_scheme_field WHERE scheme_id = ?"
                      + " AND screen = ?",
                  scheme,
                  screen);
      for (String field : f.fieldIds()) {
        update(
            "INSERT INTO screen_scheme_field (scheme_id, screen, position, field_id) VALUES (?, ?,"
                + " ?, ?)",
            scheme,
            screen,
            position++,
            field);
      }
      if (f.schemeId().isEmpty()) {
        setScheme("screen_scheme_id", scheme);
      }
    }

    private void makeRequired(ApplyStep.MakeFieldsRequired f) throws SQLException {
      String config =
          f.fieldConfigurationId().isPresent()
              ? f.fieldConfigurationId().get()
              : ownScheme("field_configuration", "fc");
      for (String field : f.fieldIds()) {
        update(
            "INSERT INTO field_configuration_required (configuration_id, field_id) VALUES (?, ?)",
            config,
            field);
      }
      if (f.fieldConfigurationId().isEmpty()) {
        setScheme("field_configuration_id", config);
      }
    }

    /** A new scheme of {@code table} for this project alone (when it has none). */
    private String ownScheme(String table, String prefix) throws SQLException {
      String id = newId(prefix);
      update("INSERT INTO " + table + " (id, name) VALUES (?, ?)", id, projectKey + " " + table);
      return id;
    }

    private void addRoleMembers(ApplyStep.AddRoleMembers r) throws SQLException {
      if (count("SELECT COUNT(*) FROM project_role WHERE name = ?", r.role()) == 0) {
        update("INSERT INTO project_role (name) VALUES (?)", r.role());
      }
      long project = projectId();
      for (String user : r.userKeys()) {
        if (count("SELECT COUNT(*) FROM app_user WHERE user_key = ?", user) == 0) {
          throw new StepRefused("no user " + user);
        }
        if (count(
                "SELECT COUNT(*) FROM project_role_member WHERE project_id = ? AND role_name = ?"
                    + " AND user_key = ?",
                project,
                r.role(),
                user)
            == 0) {
          update(
              "INSERT INTO project_role_member (project_id, role_name, user_key) VALUES (?, ?, ?)",
              project,
              r.role(),
              user);
        }
      }
    }

    private void setScheme(String column, String id) throws SQLException {
      long project = projectId();
      if (count("SELECT COUNT(*) FROM project_schemes WHERE project_id = ?", project) == 0) {
        update("INSERT INTO project_schemes (project_id) VALUES (?)", project);
      }
      update("UPDATE project_schemes SET " + column + " = ? WHERE project_id = ?", id, project);
    }

    private long count(String sql, Object... args) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, args);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getLong(1);
        }
      }
    }

    private int update(String sql, Object... args) throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        bind(ps, args);
        return ps.executeUpdate();
      }
    }

    private void bind(PreparedStatement ps, Object... args) throws SQLException {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
    }
  }

  private static String newId(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }
}
