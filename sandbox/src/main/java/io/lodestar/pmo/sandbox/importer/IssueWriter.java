package io.lodestar.pmo.sandbox.importer;

import io.lodestar.pmo.sandbox.importer.ImportedIssue.CustomValue;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.UserRef;
import io.lodestar.pmo.sandbox.risk.RiskIndexJournal;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes imported issues of one {@link SourceIds source} on one connection (the import's single
 * transaction). Every id of the export (project, issue, user, issue type, custom field) is the
 * source's, and is mapped to an id of the sandbox's own, created on first sight: so importing a
 * file twice changes nothing, a re-import updates only rows this source created, and a demo row or
 * another source's row with the same id in its own instance is never touched. Issue keys keep their
 * number; a project key already held by the demo or another source gets a suffix ({@code ALPHA2}),
 * and the keys of links, parents and epics are mapped the same way. The issue row is merged by its
 * sandbox id, its field values, worklogs and history are replaced, links are merged on (type,
 * source, destination).
 */
final class IssueWriter {

  private static final String STAFF_GROUP = "staff";

  private final Connection c;
  private final SourceIds ids;
  private final String file;
  private final Map<String, Field> fields = new HashMap<>();

  /** A custom field as stored: the sandbox's id and its type. */
  private record Field(String id, String type) {}

  IssueWriter(Connection c, SourceIds ids, String file) {
    this.c = c;
    this.ids = ids;
    this.file = file;
  }

  /**
   * Writes one issue.
   *
   * @return the sandbox's id of the issue
   * @throws ImportException when its key maps to another issue of the sandbox, or a custom value
   *     does not fit its field's type
   */
  long write(ImportedIssue issue, String record) throws SQLException {
    long projectId = project(issue);
    String typeId = issueType(issue);
    String assignee = user(issue.assignee);
    String reporter = user(issue.reporter);
    long id = issueId(issue.id);
    String key = localKey(issue.key);
    Long holder = idOfKey(key);
    if (holder != null && holder.longValue() != id) {
      throw new ImportException(
          file,
          record,
          "key",
          "key " + issue.key + " already belongs to another issue of this source (" + key + ")");
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
      ps.setLong(i++, id);
      ps.setString(i++, key);
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
      Sql.string(ps, i++, localKey(issue.parentKey));
      Sql.string(ps, i++, localKey(issue.epicKey));
      Sql.string(ps, i++, issue.sprint == null ? null : truncate(issue.sprint, 1000));
      Sql.string(ps, i, issue.labels == null ? null : truncate(issue.labels, 2000));
      ps.executeUpdate();
    }
    for (String table : new String[] {"issue_field_value", "worklog", "issue_change"}) {
      try (PreparedStatement ps =
          c.prepareStatement("DELETE FROM " + table + " WHERE issue_id = ?")) {
        ps.setLong(1, id);
        ps.executeUpdate();
      }
    }
    for (CustomValue v : issue.customValues) {
      customValue(id, v, record);
    }
    for (ImportedIssue.Link l : issue.links) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "MERGE INTO issue_link (link_type, source_key, destination_key) KEY (link_type,"
                  + " source_key, destination_key) VALUES (?, ?, ?)")) {
        ps.setString(1, l.type());
        ps.setString(2, localKey(l.sourceKey()));
        ps.setString(3, localKey(l.destinationKey()));
        ps.executeUpdate();
      }
    }
    for (ImportedIssue.Worklog w : issue.worklogs) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO worklog (id, issue_id, author_key, started, time_spent_seconds,"
                  + " comment_text) VALUES (?, ?, ?, ?, ?, ?)")) {
        // The issue's worklogs were deleted above; the sandbox numbers an import's itself and
        // keeps the ids of its own (the risk form rewrites an issue with the worklogs it read).
        ps.setLong(1, ids.isOwn() && w.id() != null ? w.id() : ids.nextLocalId());
        ps.setLong(2, id);
        Sql.string(ps, 3, user(w.author()));
        Sql.instant(ps, 4, w.started());
        ps.setLong(5, w.seconds());
        Sql.string(ps, 6, w.comment() == null ? null : truncate(w.comment(), 4000));
        ps.executeUpdate();
      }
    }
    for (ImportedIssue.Change ch : issue.changes) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO issue_change (issue_id, author_key, changed_at, field, from_string,"
                  + " to_string) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setLong(1, id);
        Sql.string(ps, 2, user(ch.author()));
        Sql.instant(ps, 3, ch.at());
        ps.setString(4, ch.field());
        Sql.string(ps, 5, ch.from() == null ? null : truncate(ch.from(), 4000));
        Sql.string(ps, 6, ch.to() == null ? null : truncate(ch.to(), 4000));
        ps.executeUpdate();
      }
    }
    // The risk index's write hook, in this transaction: the register re-assesses the issue.
    RiskIndexJournal.issueWritten(c, id);
    // The rollup index's write hook, in this transaction too.
    io.lodestar.pmo.sandbox.portfolio.RollupIndexJournal.issueWritten(c, id);
    return id;
  }

  /** The sandbox's key of the issue this source knows by {@code externalId}, or null. */
  String keyOfExternalId(long externalId) throws SQLException {
    String local = ids.find(SourceIds.Kind.ISSUE, Long.toString(externalId));
    if (local == null) {
      return null;
    }
    try (PreparedStatement ps = c.prepareStatement("SELECT issue_key FROM issue WHERE id = ?")) {
      ps.setLong(1, Long.parseLong(local));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /**
   * The sandbox's key of this source's issue key {@code key}: the same number under the sandbox's
   * key of its project (reserved for this source on first sight, so that a link to an issue of a
   * project not imported yet never lands on a demo issue); null for null.
   */
  String localKey(String key) throws SQLException {
    if (key == null || key.isBlank()) {
      return null;
    }
    int dash = key.lastIndexOf('-');
    if (dash <= 0) {
      return key;
    }
    return projectKey(key.substring(0, dash)) + key.substring(dash);
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
  void logImport(String sha256, String format, int issues) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_log (file_name, file_sha256, file_format, issue_count,"
                + " imported_at, source_id) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, file);
      ps.setString(2, sha256);
      ps.setString(3, format);
      ps.setInt(4, issues);
      Sql.instant(ps, 5, java.time.Instant.now());
      if (ids.isOwn()) {
        ps.setNull(6, java.sql.Types.BIGINT);
      } else {
        ps.setLong(6, ids.id());
      }
      ps.executeUpdate();
    }
  }

  /**
   * Sets the configured order of a select field's options, as read from a field-options file: the
   * field (created as a select field when this source has not met it yet) gets exactly these labels
   * at positions 1..n, and its order counts as the instance's.
   *
   * @return the sandbox's id of the field
   */
  String fieldOptions(String externalFieldId, String name, java.util.List<String> labels)
      throws SQLException {
    Field field =
        field(
            new CustomValue(externalFieldId, name, "OPTION", null, null, null),
            "field options of " + externalFieldId);
    if (!"OPTION".equals(field.type())) {
      throw new ImportException(
          file,
          null,
          externalFieldId,
          "options given for a field this source holds as "
              + field.type().toLowerCase(Locale.ROOT));
    }
    // Values already stored keep their labels and get the configured positions below.
    try (PreparedStatement ps =
        c.prepareStatement("DELETE FROM custom_field_option WHERE field_id = ?")) {
      ps.setString(1, field.id());
      ps.executeUpdate();
    }
    int position = 1;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String label : labels) {
      if (!seen.add(label)) {
        continue;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO custom_field_option (field_id, position, label) VALUES (?, ?, ?)")) {
        ps.setString(1, field.id());
        ps.setInt(2, position++);
        ps.setString(3, truncate(label, 1000));
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE custom_field SET options_ordered = TRUE WHERE id = ?")) {
      ps.setString(1, field.id());
      ps.executeUpdate();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE issue_field_value v SET option_position = (SELECT o.position FROM"
                + " custom_field_option o WHERE o.field_id = v.field_id AND o.label ="
                + " v.text_value) WHERE v.field_id = ?")) {
      ps.setString(1, field.id());
      ps.executeUpdate();
    }
    // A stored label the file does not list goes after the listed ones.
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT DISTINCT text_value FROM issue_field_value WHERE field_id = ? AND"
                + " option_position IS NULL AND text_value IS NOT NULL")) {
      ps.setString(1, field.id());
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          int p = optionPosition(field.id(), rs.getString(1));
          try (PreparedStatement u =
              c.prepareStatement(
                  "UPDATE issue_field_value SET option_position = ? WHERE field_id = ? AND"
                      + " text_value = ?")) {
            u.setInt(1, p);
            u.setString(2, field.id());
            u.setString(3, rs.getString(1));
            u.executeUpdate();
          }
        }
      }
    }
    return field.id();
  }

  private void customValue(long issueId, CustomValue given, String record) throws SQLException {
    Field field = field(given, record);
    CustomValue v = asType(given, field.type(), record);
    String type = field.type();
    Integer position = null;
    if ("OPTION".equals(type)) {
      position = optionPosition(field.id(), v.text());
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO issue_field_value (issue_id, field_id, text_value, number_value,"
                + " date_value, option_position) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, issueId);
      ps.setString(2, field.id());
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

  /**
   * The sandbox's field of this source's field {@code v.fieldId()}, created on first sight with
   * this value's type. A CSV column ({@code csv:Name}) is the field of that name this source
   * already has (e.g. from a JSON page), and a JSON field adopts a field of its name that a CSV
   * export of the source created; fields of the demo and of other sources are never used.
   */
  private Field field(CustomValue v, String record) throws SQLException {
    Field known = fields.get(v.fieldId());
    if (known != null) {
      return known;
    }
    String external = v.fieldId();
    String name = v.fieldName() == null ? external : v.fieldName();
    String nameKey = name.strip().toLowerCase(Locale.ROOT);
    String local = ids.find(SourceIds.Kind.FIELD, external);
    if (local == null) {
      String named = ids.find(SourceIds.Kind.FIELD_NAME, nameKey);
      if (named != null && (external.startsWith("csv:") || createdFromCsv(named))) {
        local = named;
        ids.put(SourceIds.Kind.FIELD, external, local);
      }
    }
    String type = null;
    if (local != null) {
      try (PreparedStatement ps =
          c.prepareStatement("SELECT field_type FROM custom_field WHERE id = ?")) {
        ps.setString(1, local);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            type = rs.getString(1);
          }
        }
      }
    }
    if (type == null) {
      local = truncate(ids.tag() + "." + external, 255);
      type = v.type();
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO custom_field (id, name, field_type, source_id, external_id,"
                  + " options_ordered) VALUES (?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, local);
        ps.setString(2, truncate(name, 255));
        ps.setString(3, type);
        if (ids.isOwn()) {
          ps.setNull(4, java.sql.Types.BIGINT);
        } else {
          ps.setLong(4, ids.id());
        }
        ps.setString(5, truncate(external, 255));
        // Exports carry option labels, not the configured order: unknown until an options file.
        ps.setBoolean(6, !"OPTION".equals(type));
        ps.executeUpdate();
      }
      ids.put(SourceIds.Kind.FIELD, external, local);
    }
    ids.put(SourceIds.Kind.FIELD_NAME, nameKey, local);
    Field field = new Field(local, type);
    fields.put(external, field);
    return field;
  }

  private boolean createdFromCsv(String localField) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT external_id FROM custom_field WHERE id = ?")) {
      ps.setString(1, localField);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() && rs.getString(1) != null && rs.getString(1).startsWith("csv:");
      }
    }
  }

  /**
   * {@code v} as a value of a field of {@code type}: text fields take any value as text, select
   * fields a CSV export's text as the option's label, number and date fields text that reads as
   * one; anything else does not fit and fails the file naming the field.
   */
  private CustomValue asType(CustomValue v, String type, String record) throws SQLException {
    if (type.equals(v.type())) {
      return v;
    }
    if (v.type() == null) {
      // The sandbox's own form: the value was read for the field as it is, so it takes its type.
      return new CustomValue(v.fieldId(), v.fieldName(), type, v.text(), v.number(), v.date());
    }
    String text =
        v.text() != null
            ? v.text()
            : v.number() != null ? v.number().toPlainString() : String.valueOf(v.date());
    switch (type) {
      case "TEXT":
        return new CustomValue(v.fieldId(), v.fieldName(), type, text, null, null);
      case "OPTION":
        if (v.type().equals("TEXT") || v.type().equals("NUMBER")) {
          return new CustomValue(v.fieldId(), v.fieldName(), type, text, null, null);
        }
        break;
      case "NUMBER":
        if (v.type().equals("TEXT")) {
          try {
            return new CustomValue(
                v.fieldId(), v.fieldName(), type, null, new BigDecimal(text.strip()), null);
          } catch (NumberFormatException e) {
            // does not fit, below
          }
        }
        break;
      case "DATE":
        if (v.type().equals("TEXT")) {
          try {
            return new CustomValue(
                v.fieldId(), v.fieldName(), type, null, null, LocalDate.parse(text.strip()));
          } catch (DateTimeParseException e) {
            // does not fit, below
          }
        }
        break;
      case "USER":
        if (v.type().equals("TEXT")) {
          return new CustomValue(
              v.fieldId(),
              v.fieldName(),
              type,
              user(new UserRef(null, text.strip(), text.strip(), null)),
              null,
              null);
        }
        break;
      default:
        break;
    }
    throw new ImportException(
        file,
        record,
        (v.fieldName() == null ? v.fieldId() : v.fieldName()) + " (" + v.fieldId() + ")",
        "a "
            + v.type().toLowerCase(Locale.ROOT)
            + " value ('"
            + truncate(text, 60)
            + "') for a field this source holds as "
            + type.toLowerCase(Locale.ROOT));
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

  /** The sandbox's project of the issue's project, created on first sight. */
  private long project(ImportedIssue issue) throws SQLException {
    String byId =
        issue.projectId == null
            ? null
            : ids.find(SourceIds.Kind.PROJECT, Long.toString(issue.projectId));
    if (byId != null) {
      return Long.parseLong(byId);
    }
    String key = projectKey(issue.projectKey);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM project WHERE project_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          long id = rs.getLong(1);
          if (issue.projectId != null) {
            ids.put(SourceIds.Kind.PROJECT, Long.toString(issue.projectId), Long.toString(id));
          }
          return id;
        }
      }
    }
    long newId = ids.nextLocalId();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO project (id, project_key, name, category) VALUES (?, ?, ?, ?)")) {
      ps.setLong(1, newId);
      ps.setString(2, key);
      ps.setString(3, issue.projectName == null ? issue.projectKey : issue.projectName);
      Sql.string(ps, 4, issue.projectCategory);
      ps.executeUpdate();
    }
    if (issue.projectId != null) {
      ids.put(SourceIds.Kind.PROJECT, Long.toString(issue.projectId), Long.toString(newId));
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

  /**
   * The sandbox's key of this source's project key: the key itself when no project of the sandbox
   * and no other source holds it, else the key with the first free number appended ({@code
   * ALPHA2}); reserved for this source on first sight.
   */
  private String projectKey(String external) throws SQLException {
    String upper = external.strip().toUpperCase(Locale.ROOT);
    String local = ids.find(SourceIds.Kind.PROJECT_KEY, upper);
    if (local != null) {
      return local;
    }
    String candidate = upper;
    for (int n = 2; projectKeyTaken(candidate); n++) {
      candidate = upper + n;
    }
    ids.put(SourceIds.Kind.PROJECT_KEY, upper, candidate);
    return candidate;
  }

  private boolean projectKeyTaken(String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM project WHERE UPPER(project_key) = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return true;
        }
      }
    }
    return ids.takenByAnySource(SourceIds.Kind.PROJECT_KEY, key);
  }

  /** The sandbox's id of this source's issue {@code external}, allocated on first sight. */
  private long issueId(long external) throws SQLException {
    String local = ids.find(SourceIds.Kind.ISSUE, Long.toString(external));
    if (local != null) {
      return Long.parseLong(local);
    }
    long id = ids.nextLocalId();
    ids.put(SourceIds.Kind.ISSUE, Long.toString(external), Long.toString(id));
    return id;
  }

  /** The sandbox's issue type of the issue's type (by id, else by name), made on first sight. */
  private String issueType(ImportedIssue issue) throws SQLException {
    String nameKey = issue.typeName.strip().toLowerCase(Locale.ROOT);
    String local = issue.typeId == null ? null : ids.find(SourceIds.Kind.ISSUE_TYPE, issue.typeId);
    if (local == null) {
      local = ids.find(SourceIds.Kind.ISSUE_TYPE_NAME, nameKey);
    }
    if (local == null) {
      String suffix = issue.typeId != null ? issue.typeId : Long.toString(ids.nextLocalId());
      local = ids.tag() + "." + suffix;
      if (local.length() > ImportLimits.MAX_TYPE_ID) {
        local = ids.tag() + "." + ids.nextLocalId();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement("MERGE INTO issue_type (id, name, subtask) KEY (id) VALUES (?, ?, ?)")) {
      ps.setString(1, local);
      ps.setString(2, issue.typeName);
      ps.setBoolean(3, issue.subtask);
      ps.executeUpdate();
    }
    if (issue.typeId != null) {
      ids.put(SourceIds.Kind.ISSUE_TYPE, issue.typeId, local);
    }
    ids.put(SourceIds.Kind.ISSUE_TYPE_NAME, nameKey, local);
    return local;
  }

  /**
   * The sandbox's user of this source's user: found by key (or account id), else by login or
   * display name (a CSV export names users only so), else created with a key and login name of this
   * source ({@code s2.JIRAUSER10100}, {@code jdoe@s2}), so that no demo account or another
   * instance's user of the same name is ever taken for it. Imported users cannot sign in.
   */
  private String user(UserRef user) throws SQLException {
    if (user == null || (user.key() == null && user.username() == null)) {
      return null;
    }
    String local = user.key() == null ? null : ids.find(SourceIds.Kind.USER, user.key());
    for (String name : new String[] {user.username(), user.displayName()}) {
      if (local == null && name != null) {
        local = ids.find(SourceIds.Kind.USER_NAME, name.strip().toLowerCase(Locale.ROOT));
      }
    }
    if (local == null) {
      String external = user.key() != null ? user.key() : user.username();
      local = truncate(ids.tag() + "." + external, 255);
      String login = truncate(user.username() == null ? external : user.username(), 240);
      String username = login + "@" + ids.tag();
      for (int n = 2; usernameTaken(username); n++) {
        username = login + "@" + ids.tag() + "-" + n;
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "MERGE INTO app_user (user_key, username, display_name, email) KEY (user_key)"
                  + " VALUES (?, ?, ?, ?)")) {
        ps.setString(1, local);
        ps.setString(2, username);
        ps.setString(3, user.displayName() == null ? login : user.displayName());
        Sql.string(ps, 4, user.email());
        ps.executeUpdate();
      }
    }
    if (user.key() != null) {
      ids.put(SourceIds.Kind.USER, user.key(), local);
    }
    for (String name : new String[] {user.username(), user.displayName()}) {
      if (name != null && !name.isBlank()) {
        ids.put(SourceIds.Kind.USER_NAME, name.strip().toLowerCase(Locale.ROOT), local);
      }
    }
    return local;
  }

  private boolean usernameTaken(String username) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM app_user WHERE username_lower = ?")) {
      ps.setString(1, username.toLowerCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
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
