package io.lodestar.pmo.sandbox.standardization;

import io.lodestar.pmo.engine.standardization.compliance.ArtifactCountPort;
import io.lodestar.pmo.engine.standardization.config.ConfigurationPort;
import io.lodestar.pmo.engine.standardization.config.FieldConfiguration;
import io.lodestar.pmo.engine.standardization.config.IssueTypeScheme;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.ScreenScheme;
import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sandbox host's configuration (schema V14) as the standardization engine reads it, and its
 * artifact counts: one {@code SELECT COUNT(*)} on the issue table per query (the {@link SandboxJql}
 * subset), never loading an issue. Counts every scheme read and count query, so tests and the
 * benchmark can check "once per scheme" and "one count per (rule, project)".
 */
public final class SqlHostConfiguration implements ConfigurationPort, ArtifactCountPort {

  private final SandboxStore store;
  private final AtomicLong schemeReads = new AtomicLong();
  private final AtomicLong countQueries = new AtomicLong();

  public SqlHostConfiguration(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** Scheme and field configuration reads since start. */
  public long schemeReads() {
    return schemeReads.get();
  }

  /** Count queries run since start. */
  public long countQueries() {
    return countQueries.get();
  }

  @Override
  public Optional<ProjectConfiguration> project(String projectKey) {
    return store.inTransaction(
        c -> {
          long id;
          ProjectConfiguration config;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT p.id, p.name, p.category, s.workflow_scheme_id, s.issue_type_scheme_id,"
                      + " s.screen_scheme_id, s.field_configuration_id, s.permission_scheme_id,"
                      + " s.notification_scheme_id FROM project p LEFT JOIN project_schemes s ON"
                      + " s.project_id = p.id WHERE p.project_key = ?")) {
            ps.setString(1, projectKey);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<ProjectConfiguration>empty();
              }
              id = rs.getLong(1);
              config =
                  ProjectConfiguration.bare(projectKey, rs.getString(2))
                      .withCategory(rs.getString(3))
                      .withSchemes(
                          rs.getString(4),
                          rs.getString(5),
                          rs.getString(6),
                          rs.getString(8),
                          rs.getString(9))
                      .withFieldConfiguration(rs.getString(7));
            }
          }
          Map<String, List<String>> roles = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT r.name, m.user_key FROM project_role r LEFT JOIN project_role_member m"
                      + " ON m.role_name = r.name AND m.project_id = ? ORDER BY r.name,"
                      + " m.user_key")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                List<String> members =
                    roles.computeIfAbsent(rs.getString(1), k -> new ArrayList<>());
                if (rs.getString(2) != null) {
                  members.add(rs.getString(2));
                }
              }
            }
          }
          List<ProjectConfiguration.Component> components = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT name, lead_key FROM project_component WHERE project_id = ? ORDER BY"
                      + " name")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                components.add(ProjectConfiguration.Component.of(rs.getString(1), rs.getString(2)));
              }
            }
          }
          List<ProjectConfiguration.ProjectVersion> versions = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT name, released, archived, release_date FROM project_version WHERE"
                      + " project_id = ? ORDER BY name")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                versions.add(
                    new ProjectConfiguration.ProjectVersion(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getBoolean(3),
                        Optional.ofNullable(Sql.date(rs, "release_date"))));
              }
            }
          }
          return Optional.of(
              config.withRoleMembers(roles).withComponents(components).withVersions(versions));
        });
  }

  @Override
  public Optional<WorkflowScheme> workflowScheme(String schemeId) {
    schemeReads.incrementAndGet();
    return store.inTransaction(
        c -> {
          String name;
          String defaultId;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT name, default_workflow_id FROM workflow_scheme WHERE id = ?")) {
            ps.setString(1, schemeId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<WorkflowScheme>empty();
              }
              name = rs.getString(1);
              defaultId = rs.getString(2);
            }
          }
          Map<String, String> entries = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT issue_type, workflow_id FROM workflow_scheme_entry WHERE scheme_id = ?"
                      + " ORDER BY issue_type")) {
            ps.setString(1, schemeId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                entries.put(rs.getString(1), rs.getString(2));
              }
            }
          }
          Map<String, WorkflowTemplate> loaded = new LinkedHashMap<>();
          Map<String, WorkflowTemplate> byType = new LinkedHashMap<>();
          for (Map.Entry<String, String> e : entries.entrySet()) {
            byType.put(e.getKey(), workflow(c, e.getValue(), loaded));
          }
          Optional<WorkflowTemplate> fallback =
              defaultId == null ? Optional.empty() : Optional.of(workflow(c, defaultId, loaded));
          return Optional.of(new WorkflowScheme(schemeId, name, byType, fallback));
        });
  }

  /** The workflow with this id (each read once per call through {@code loaded}). */
  static WorkflowTemplate workflow(
      Connection c, String workflowId, Map<String, WorkflowTemplate> loaded) throws SQLException {
    WorkflowTemplate known = loaded.get(workflowId);
    if (known != null) {
      return known;
    }
    String name;
    try (PreparedStatement ps = c.prepareStatement("SELECT name FROM workflow WHERE id = ?")) {
      ps.setString(1, workflowId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        name = rs.getString(1);
      }
    }
    List<WorkflowStatus> statuses = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, category, initial FROM workflow_status WHERE workflow_id = ? ORDER BY"
                + " position")) {
      ps.setString(1, workflowId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          statuses.add(
              new WorkflowStatus(rs.getString(1), category(rs.getString(2)), rs.getBoolean(3)));
        }
      }
    }
    List<Transition> transitions = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT name, from_status, to_status, sets_resolution, checks FROM"
                + " workflow_transition WHERE workflow_id = ? ORDER BY position")) {
      ps.setString(1, workflowId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          transitions.add(
              new Transition(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getBoolean(4),
                  checks(rs.getString(5))));
        }
      }
    }
    WorkflowTemplate w = new WorkflowTemplate(name, statuses, transitions);
    loaded.put(workflowId, w);
    return w;
  }

  /** The engine's category of a stored one (Jira's keys new / indeterminate / done). */
  public static StatusCategory category(String stored) {
    return switch (stored) {
      case "new" -> StatusCategory.TODO;
      case "indeterminate" -> StatusCategory.IN_PROGRESS;
      default -> StatusCategory.DONE;
    };
  }

  /** The stored key of a category. */
  public static String categoryKey(StatusCategory category) {
    return switch (category) {
      case TODO -> "new";
      case IN_PROGRESS -> "indeterminate";
      case DONE -> "done";
    };
  }

  private static List<TransitionCheck> checks(String text) {
    List<TransitionCheck> checks = new ArrayList<>();
    for (String line : text.split("\n")) {
      String s = line.strip();
      if (s.isEmpty()) {
        continue;
      }
      if (s.equals("assigneeRequired")) {
        checks.add(new TransitionCheck.AssigneeRequired());
      } else if (s.equals("subtasksDone")) {
        checks.add(new TransitionCheck.SubtasksDone());
      } else if (s.startsWith("onlyRole:")) {
        checks.add(new TransitionCheck.OnlyRole(s.substring(9)));
      } else if (s.startsWith("fieldRequired:")) {
        checks.add(new TransitionCheck.FieldRequired(s.substring(14)));
      }
    }
    return checks;
  }

  @Override
  public Optional<IssueTypeScheme> issueTypeScheme(String schemeId) {
    schemeReads.incrementAndGet();
    return store.inTransaction(
        c -> {
          if (!exists(c, "issue_type_scheme", schemeId)) {
            return Optional.<IssueTypeScheme>empty();
          }
          List<String> types = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT t.name FROM issue_type_scheme_entry e JOIN issue_type t ON t.id ="
                      + " e.issue_type_id WHERE e.scheme_id = ? ORDER BY e.position")) {
            ps.setString(1, schemeId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                types.add(rs.getString(1));
              }
            }
          }
          return Optional.of(new IssueTypeScheme(schemeId, types));
        });
  }

  @Override
  public Optional<ScreenScheme> screenScheme(String schemeId) {
    schemeReads.incrementAndGet();
    return store.inTransaction(
        c -> {
          if (!exists(c, "screen_scheme", schemeId)) {
            return Optional.<ScreenScheme>empty();
          }
          List<String> create = new ArrayList<>();
          List<String> edit = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT screen, field_id FROM screen_scheme_field WHERE scheme_id = ? ORDER BY"
                      + " screen, position")) {
            ps.setString(1, schemeId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                (rs.getString(1).equals("CREATE") ? create : edit).add(rs.getString(2));
              }
            }
          }
          return Optional.of(new ScreenScheme(schemeId, create, edit));
        });
  }

  @Override
  public Optional<FieldConfiguration> fieldConfiguration(String fieldConfigurationId) {
    schemeReads.incrementAndGet();
    return store.inTransaction(
        c -> {
          if (!exists(c, "field_configuration", fieldConfigurationId)) {
            return Optional.<FieldConfiguration>empty();
          }
          List<String> required = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT field_id FROM field_configuration_required WHERE configuration_id = ?"
                      + " ORDER BY field_id")) {
            ps.setString(1, fieldConfigurationId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                required.add(rs.getString(1));
              }
            }
          }
          return Optional.of(new FieldConfiguration(fieldConfigurationId, required));
        });
  }

  private static boolean exists(Connection c, String table, String id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM " + table + " WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public CountAnswer count(String jql) {
    SandboxJql.Where where;
    try {
      where = SandboxJql.translate(jql);
    } catch (SandboxJql.UnsupportedJqlException e) {
      return new Unavailable(e.getMessage());
    }
    countQueries.incrementAndGet();
    long n =
        store.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT COUNT(*) FROM issue i JOIN project p ON p.id = i.project_id JOIN"
                          + " issue_type t ON t.id = i.issue_type_id WHERE "
                          + where.where())) {
                bind(ps, where.params());
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
    return new Counted(n);
  }

  static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
    for (int i = 0; i < params.size(); i++) {
      Object p = params.get(i);
      if (p instanceof Long l) {
        ps.setLong(i + 1, l);
      } else {
        ps.setString(i + 1, (String) p);
      }
    }
  }
}
