package io.lodestar.pmo.sandbox.importer;

import io.lodestar.pmo.sandbox.importer.ImportedIssue.CustomValue;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.UserRef;
import io.lodestar.pmo.sandbox.risk.RiskIndexJournal;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes imported issues on one connection (the import's single transaction), upserting by id so
 * that importing a file twice changes nothing: the issue row is merged, its field values, worklogs
 * and history are replaced, links are merged on (type, source, destination). Users, projects, issue
 * types and custom fields are created on first sight.
 */
final class IssueWriter {

  private static final String STAFF_GROUP = "staff";

  private final Connection c;
  private final Map<String, String> fieldTypes = new HashMap<>();

  IssueWriter(Connection c) {
    this.c = c;
  }

  /** Writes one issue; returns false when the key belongs to another issue id. */
  void write(ImportedIssue issue, String file, String record) throws SQLException {
    long projectId = project(issue);
    String typeId = issueType(issue);
    String assignee = user(issue.assignee);
    String reporter = user(issue.reporter);
    String otherProject = otherProjectsIssue(issue.id, projectId);
    if (otherProject != null) {
      throw new ImportException(
          file,
          record,
          "id",
          "id " + issue.id + " already belongs to issue " + otherProject + " of another project");
    }
    Long holder = idOfKey(issue.key);
    if (holder != null && holder.longValue() != issue.id) {
      throw new ImportException(
          file,
          record,
          "key",
          "key " + issue.key + " already belongs to issue id " + holder + ", not " + issue.id);
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "MERGE INTO issue (id, issue_key, issue_number, project_id, issue_type_id, status_name,"
                + " status_category, summary, description, priority, resolution, assignee_key,"
                + " reporter_key, story_points, original_estimate_seconds,"
                + " remaining_estimate_seconds, time_spent_seconds, start_date, due_date, created,"
                + " updated, resolution_date, parent_key, epic_key, sprint, labels) KEY (id) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                + " ?)")) {
      int i = 1;
      ps.setLong(i++, issue.id);
      ps.setString(i++, issue.key);
      ps.setLong(i++, number(issue.key));
      ps.setLong(i++, projectId);
      ps.setString(i++, typeId);
      ps.setString(i++, issue.statusName == null ? "Open" : issue.statusName);
      ps.setString(i++, issue.statusCategory == null ? "new" : issue.statusCategory);
      ps.setString(i++, issue.summary == null ? "" : truncate(issue.summary, 4000));
      Sql.string(ps, i++, issue.description);
      Sql.string(ps, i++, issue.priority);
      Sql.string(ps, i++, issue.resolution);
      Sql.string(ps, i++, assignee);
      Sql.string(ps, i++, reporter);
      Sql.decimal(ps, i++, issue.storyPoints);
      Sql.longValue(ps, i++, issue.originalEstimate);
      Sql.longValue(ps, i++, issue.remainingEstimate);
      Sql.longValue(ps, i++, issue.timeSpent);
      Sql.date(ps, i++, issue.startDate);
      Sql.date(ps, i++, issue.dueDate);
      Sql.instant(ps, i++, issue.created == null ? java.time.Instant.EPOCH : issue.created);
      Sql.instant(
          ps,
          i++,
          issue.updated != null
              ? issue.updated
              : issue.created == null ? java.time.Instant.EPOCH : issue.created);
      Sql.instant(ps, i++, issue.resolutionDate);
      Sql.string(ps, i++, issue.parentKey);
      Sql.string(ps, i++, issue.epicKey);
      Sql.string(ps, i++, issue.sprint == null ? null : truncate(issue.sprint, 1000));
      Sql.string(ps, i, issue.labels == null ? null : truncate(issue.labels, 2000));
      ps.executeUpdate();
    }
    for (String table : new String[] {"issue_field_value", "worklog", "issue_change"}) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE issue_id = ?")) {
        ps.setLong(1, issue.id);
        ps.executeUpdate();
      }
    }
    for (CustomValue v : issue.customValues) {
      customValue(issue.id, v);
    }
    for (ImportedIssue.Link l : issue.links) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "MERGE INTO issue_link (link_type, source_key, destination_key) KEY (link_type,"
                  + " source_key, destination_key) VALUES (?, ?, ?)")) {
        ps.setString(1, l.type());
        ps.setString(2, l.sourceKey());
        ps.setString(3, l.destinationKey());
        ps.executeUpdate();
      }
    }
    int n = 0;
    for (ImportedIssue.Worklog w : issue.worklogs) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "MERGE INTO worklog (id, issue_id, author_key, started, time_spent_seconds,"
                  + " comment_text) KEY (id) VALUES (?, ?, ?, ?, ?, ?)")) {
        // Worklogs without an id (CSV) get one derived from the issue, stable across imports.
        ps.setLong(1, w.id() != null ? w.id() : -(issue.id * 1000 + n));
        ps.setLong(2, issue.id);
        Sql.string(ps, 3, user(w.author()));
        Sql.instant(ps, 4, w.started());
        ps.setLong(5, w.seconds());
        Sql.string(ps, 6, w.comment() == null ? null : truncate(w.comment(), 4000));
        ps.executeUpdate();
      }
      n++;
    }
    for (ImportedIssue.Change ch : issue.changes) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO issue_change (issue_id, author_key, changed_at, field, from_string,"
                  + " to_string) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, issue.id);
        Sql.string(ps, 2, user(ch.author()));
        Sql.instant(ps, 3, ch.at());
        ps.setString(4, ch.field());
        Sql.string(ps, 5, ch.from() == null ? null : truncate(ch.from(), 4000));
        Sql.string(ps, 6, ch.to() == null ? null : truncate(ch.to(), 4000));
        ps.executeUpdate();
      }
    }
    // The risk index's write hook, in this transaction: the register re-assesses the issue.
    RiskIndexJournal.issueWritten(c, issue.id);
  }

  /** The key of the issue with {@code id} in the database, or null. */
  String keyOfId(long id) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT issue_key FROM issue WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** The id of the issue with {@code key} in the database, or null. */
  Long idOfKey(String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM issue WHERE issue_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /** Records the imported file. */
  void logImport(String file, String sha256, String format, int issues) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_log (file_name, file_sha256, file_format, issue_count,"
                + " imported_at) VALUES (?, ?, ?, ?, ?)")) {
      ps.setString(1, file);
      ps.setString(2, sha256);
      ps.setString(3, format);
      ps.setInt(4, issues);
      Sql.instant(ps, 5, java.time.Instant.now());
      ps.executeUpdate();
    }
  }

  private void customValue(long issueId, CustomValue v) throws SQLException {
    String type = fieldType(v);
    Integer position = null;
    if ("OPTION".equals(type)) {
      position = optionPosition(v.fieldId(), v.text());
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO issue_field_value (issue_id, field_id, text_value, number_value,"
                + " date_value, option_position) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, issueId);
      ps.setString(2, v.fieldId());
      Sql.string(ps, 3, v.text() == null ? null : truncate(v.text(), 4000));
      Sql.decimal(ps, 4, v.number());
      Sql.date(ps, 5, v.date());
      if (position == null) {
        ps.setNull(6, java.sql.Types.INTEGER);
      } else {
        ps.setInt(6, position);
      }
      ps.executeUpdate();
    }
  }

  /** The field's stored type, creating the field with this value's type on first sight. */
  private String fieldType(CustomValue v) throws SQLException {
    String known = fieldTypes.get(v.fieldId());
    if (known != null) {
      return known;
    }
    try (PreparedStatement ps =
        c.prepareStatement("SELECT field_type FROM custom_field WHERE id = ?")) {
      ps.setString(1, v.fieldId());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          known = rs.getString(1);
        }
      }
    }
    if (known == null) {
      known = v.type();
      try (PreparedStatement ps =
          c.prepareStatement("INSERT INTO custom_field (id, name, field_type) VALUES (?, ?, ?)")) {
        ps.setString(1, v.fieldId());
        ps.setString(2, truncate(v.fieldName(), 255));
        ps.setString(3, known);
        ps.executeUpdate();
      }
    }
    fieldTypes.put(v.fieldId(), known);
    return known;
  }

  /**
   * The option's position. Exports carry labels, not the configured order, so a label unknown to
   * the field is appended after the known ones (first seen, first placed).
   */
  private int optionPosition(String fieldId, String label) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT position FROM custom_field_option WHERE field_id = ? AND label = ?")) {
      ps.setString(1, fieldId);
      ps.setString(2, label);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return rs.getInt(1);
        }
      }
    }
    int next;
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM custom_field_option WHERE field_id = ?")) {
      ps.setString(1, fieldId);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        next = rs.getInt(1);
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO custom_field_option (field_id, position, label) VALUES (?, ?, ?)")) {
      ps.setString(1, fieldId);
      ps.setInt(2, next);
      ps.setString(3, truncate(label, 1000));
      ps.executeUpdate();
    }
    return next;
  }

  private long project(ImportedIssue issue) throws SQLException {
    Long id = null;
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM project WHERE UPPER(project_key) = ?")) {
      ps.setString(1, issue.projectKey.toUpperCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          id = rs.getLong(1);
        }
      }
    }
    if (id != null) {
      return id;
    }
    long newId = issue.projectId != null ? issue.projectId : nextProjectId();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO project (id, project_key, name, category) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, newId);
      ps.setString(2, issue.projectKey);
      ps.setString(3, issue.projectName == null ? issue.projectKey : issue.projectName);
      Sql.string(ps, 4, issue.projectCategory);
      ps.executeUpdate();
    }
    // Imported projects are browsable by the staff group, like the demo's, when that group exists.
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO project_permission (project_id, permission, holder_type, holder)"
                + " SELECT ?, 'BROWSE', 'GROUP', group_name FROM user_group WHERE group_name ="
                + " ?")) {
      ps.setLong(1, newId);
      ps.setString(2, STAFF_GROUP);
      ps.executeUpdate();
    }
    return newId;
  }

  private long nextProjectId() throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("SELECT COALESCE(MAX(id), 9999) + 1 FROM project");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private String issueType(ImportedIssue issue) throws SQLException {
    String id = issue.typeId;
    if (id == null) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT id FROM issue_type WHERE LOWER(name) = ?")) {
        ps.setString(1, issue.typeName.toLowerCase(Locale.ROOT));
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getString(1);
          }
        }
      }
      id = issue.typeName;
    }
    try (PreparedStatement ps =
        c.prepareStatement("MERGE INTO issue_type (id, name, subtask) KEY (id) VALUES (?, ?, ?)")) {
      ps.setString(1, id);
      ps.setString(2, issue.typeName == null ? id : issue.typeName);
      ps.setBoolean(3, issue.subtask);
      ps.executeUpdate();
    }
    return id;
  }

  private String user(UserRef user) throws SQLException {
    if (user == null || user.key() == null) {
      return null;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_user WHERE user_key = ?")) {
      ps.setString(1, user.key());
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return user.key();
        }
      }
    }
    String username = user.username() == null ? user.key() : user.username();
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM app_user WHERE LOWER(username) = ?")) {
      ps.setString(1, username.toLowerCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          username = user.key();
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO app_user (user_key, username, display_name, email) VALUES (?, ?, ?,"
                + " ?)")) {
      ps.setString(1, user.key());
      ps.setString(2, username);
      ps.setString(3, user.displayName() == null ? username : user.displayName());
      Sql.string(ps, 4, user.email());
      ps.executeUpdate();
    }
    return user.key();
  }

  /**
   * The key of the issue with {@code id} when it lies in another project than {@code projectId}.
   */
  private String otherProjectsIssue(long id, long projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT issue_key, project_id FROM issue WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getLong(2) != projectId ? rs.getString(1) : null;
      }
    }
  }

  private static long number(String key) {
    int dash = key.lastIndexOf('-');
    try {
      return Long.parseLong(key.substring(dash + 1));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return 0;
    }
  }

  private static String truncate(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max);
  }
}
