package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.app.shared.host.SystemFields;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads one issue of the sandbox database for its issue view and risk form: the issue's columns,
 * its custom field values (typed, as {@link SqlRiskSource} reads them for the register) and the
 * fields a mapping names with their types and options. Reads only; every write goes through the
 * importer's issue write path ({@code io.lodestar.pmo.sandbox.importer.RiskIssueWrites}).
 */
public final class SqlRiskIssues {

  /**
   * One issue.
   *
   * @param updated the last update, also the issue's version for the edit form's optimistic check
   * @param values custom field values by field id, and the system fields assignee, reporter and due
   *     date when set
   */
  public record IssueRecord(
      long id,
      String key,
      long projectId,
      String projectKey,
      String projectName,
      String typeId,
      String typeName,
      String statusName,
      String statusCategory,
      String summary,
      String description,
      String assigneeKey,
      String reporterKey,
      LocalDate dueDate,
      Instant created,
      Instant updated,
      Map<String, RawValue> values) {
    public IssueRecord {
      values = Map.copyOf(values);
    }

    /** The raw record of this issue under {@code mapping}, as the register's source reads it. */
    public RawRiskRecord raw(RiskFieldMapping mapping, List<String> mitigationKeys) {
      Map<String, RawValue> fields = new LinkedHashMap<>();
      for (String id : mapping.fieldIds()) {
        RawValue v = values.get(id);
        if (v != null) {
          fields.put(id, v);
        }
      }
      return new RawRiskRecord(key, projectKey, summary, statusCategory, fields, mitigationKeys);
    }
  }

  /**
   * A field as the form offers it.
   *
   * @param id the field id
   * @param name its name
   * @param type {@code OPTION}, {@code NUMBER}, {@code DATE}, {@code USER} or {@code TEXT}
   * @param options the option labels in position order (position = index + 1); empty for others
   */
  public record FieldInfo(String id, String name, String type, List<String> options) {
    public FieldInfo {
      options = List.copyOf(options);
    }
  }

  /**
   * A project.
   *
   * @param id its id
   * @param key its key
   * @param name its name
   */
  public record ProjectRow(long id, String key, String name) {}

  private final SandboxStore store;

  public SqlRiskIssues(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * @return the issue with {@code key} (case-insensitive), or empty
   */
  public Optional<IssueRecord> byKey(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return store.inTransaction(c -> read(c, "UPPER(i.issue_key) = ?", key.strip().toUpperCase()));
  }

  /**
   * @return the issue with {@code id}, or empty
   */
  public Optional<IssueRecord> byId(long id) {
    return store.inTransaction(c -> read(c, "i.id = ?", id));
  }

  /**
   * @return the project with {@code key} (case-insensitive), or empty
   */
  public Optional<ProjectRow> projectByKey(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, project_key, name FROM project WHERE UPPER(project_key) = ?")) {
            ps.setString(1, key.strip().toUpperCase());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                  : Optional.<ProjectRow>empty();
            }
          }
        });
  }

  /**
   * @return the project with {@code id}, or empty
   */
  public Optional<ProjectRow> project(long id) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT id, project_key, name FROM project WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new ProjectRow(rs.getLong(1), rs.getString(2), rs.getString(3)))
                  : Optional.<ProjectRow>empty();
            }
          }
        });
  }

  /**
   * @return the issue type's name, or empty when there is no such type
   */
  public Optional<String> issueTypeName(String typeId) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT name FROM issue_type WHERE id = ?")) {
            ps.setString(1, typeId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  /**
   * @param fieldIds custom and system field ids
   * @return those that exist, by id, in the given order; system fields as {@code USER} or {@code
   *     DATE} fields named as Jira names them
   */
  public Map<String, FieldInfo> fields(Collection<String> fieldIds) {
    return store.inTransaction(
        c -> {
          Map<String, FieldInfo> found = new LinkedHashMap<>();
          for (String id : fieldIds) {
            FieldInfo info = field(c, id);
            if (info != null) {
              found.put(id, info);
            }
          }
          return found;
        });
  }

  private static FieldInfo field(Connection c, String id) throws SQLException {
    switch (id) {
      case SystemFields.ASSIGNEE:
        return new FieldInfo(id, "Assignee", "USER", List.of());
      case SystemFields.REPORTER:
        return new FieldInfo(id, "Reporter", "USER", List.of());
      case SystemFields.DUE_DATE:
        return new FieldInfo(id, "Due date", "DATE", List.of());
      default:
        break;
    }
    String name;
    String type;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT name, field_type FROM custom_field WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return null;
        }
        name = rs.getString(1);
        type = rs.getString(2);
      }
    }
    List<String> options = new ArrayList<>();
    if ("OPTION".equals(type)) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "SELECT label FROM custom_field_option WHERE field_id = ? ORDER BY position")) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            options.add(rs.getString(1));
          }
        }
      }
    }
    return new FieldInfo(id, name, type, options);
  }

  private static Optional<IssueRecord> read(Connection c, String where, Object arg)
      throws SQLException {
    IssueRecord row;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.id, i.issue_key, i.project_id, p.project_key, p.name AS project_name,"
                + " i.issue_type_id, t.name AS type_name, i.status_name, i.status_category,"
                + " i.summary, i.description, i.assignee_key, i.reporter_key, i.due_date,"
                + " i.created, i.updated FROM issue i JOIN project p ON p.id = i.project_id"
                + " JOIN issue_type t ON t.id = i.issue_type_id WHERE "
                + where)) {
      ps.setObject(1, arg);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Map<String, RawValue> values = new LinkedHashMap<>();
        String assignee = rs.getString("assignee_key");
        String reporter = rs.getString("reporter_key");
        LocalDate due = Sql.date(rs, "due_date");
        if (assignee != null) {
          values.put(SystemFields.ASSIGNEE, RawValue.user(assignee));
        }
        if (reporter != null) {
          values.put(SystemFields.REPORTER, RawValue.user(reporter));
        }
        if (due != null) {
          values.put(SystemFields.DUE_DATE, RawValue.date(due));
        }
        row =
            new IssueRecord(
                rs.getLong("id"),
                rs.getString("issue_key"),
                rs.getLong("project_id"),
                rs.getString("project_key"),
                rs.getString("project_name"),
                rs.getString("issue_type_id"),
                rs.getString("type_name"),
                rs.getString("status_name"),
                rs.getString("status_category"),
                rs.getString("summary"),
                rs.getString("description"),
                assignee,
                reporter,
                due,
                Sql.instant(rs, "created"),
                Sql.instant(rs, "updated"),
                values);
      }
    }
    Map<String, RawValue> values = new LinkedHashMap<>(row.values());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT v.field_id, f.field_type, v.text_value, v.number_value, v.date_value,"
                + " v.option_position FROM issue_field_value v JOIN custom_field f ON f.id ="
                + " v.field_id WHERE v.issue_id = ?")) {
      ps.setLong(1, row.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          RawValue value = SqlRiskSource.value(rs.getString("field_type"), rs);
          if (value != null) {
            values.put(rs.getString("field_id"), value);
          }
        }
      }
    }
    return Optional.of(
        new IssueRecord(
            row.id(),
            row.key(),
            row.projectId(),
            row.projectKey(),
            row.projectName(),
            row.typeId(),
            row.typeName(),
            row.statusName(),
            row.statusCategory(),
            row.summary(),
            row.description(),
            row.assigneeKey(),
            row.reporterKey(),
            row.dueDate(),
            row.created(),
            row.updated(),
            values));
  }

  /** Text of a raw value as the issue view shows it (users by key; the caller names them). */
  public static String text(RawValue value) {
    if (value instanceof RawValue.OptionValue o) {
      return o.label();
    }
    if (value instanceof RawValue.NumberValue n) {
      BigDecimal plain = n.value().stripTrailingZeros();
      return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }
    if (value instanceof RawValue.DateValue d) {
      return d.value().toString();
    }
    if (value instanceof RawValue.UserValue u) {
      return u.key();
    }
    if (value instanceof RawValue.TextValue t) {
      return t.value();
    }
    return "";
  }
}
