package io.lodestar.pmo.sandbox.importer;

import io.lodestar.pmo.sandbox.importer.ImportedIssue.Change;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.CustomValue;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.Link;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.UserRef;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.Worklog;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Creates and edits risk issues for the sandbox's risk form through the sandbox's one issue write
 * path, {@link IssueWriter#write} (the importer's): the form never writes issue rows itself, so
 * whatever that write path maintains for an issue it maintains for a form's issue too. Each call is
 * one transaction.
 *
 * <p>An edit rewrites the whole issue as {@link IssueWriter} expects it (the issue row, every field
 * value, worklog and history entry, read back first), with the form's fields changed, a history
 * entry per changed field and a later {@code updated} time, which is the issue's version: an edit
 * made against another version is refused ({@link StaleVersionException}) and writes nothing.
 */
public final class RiskIssueWrites {

  /** The "file" and "record" the write path names in its messages for a form's issue. */
  static final String SOURCE = "risk form";

  /** The link type from a risk to its mitigation work, as the demo data names it. */
  public static final String MITIGATES = "Mitigates";

  /**
   * A custom field's new value: the option label (select lists), user key (user fields) or text in
   * {@code text}, or a number, or a date. All null clears the field.
   */
  public record FieldWrite(String text, BigDecimal number, LocalDate date) {
    /** No value: the field is cleared. */
    public static final FieldWrite CLEAR = new FieldWrite(null, null, null);

    boolean isEmpty() {
      return text == null && number == null && date == null;
    }
  }

  /**
   * What the form submits, validated by the form.
   *
   * @param summary never blank
   * @param description may be null
   * @param assigneeKey an existing user's key, or null
   * @param dueDate or null
   * @param fields the form's custom fields and their values (only these change on an edit)
   * @param mitigationKey an existing issue to link as mitigation, or null
   */
  public record RiskIssueInput(
      String summary,
      String description,
      String assigneeKey,
      LocalDate dueDate,
      Map<String, FieldWrite> fields,
      String mitigationKey) {
    public RiskIssueInput {
      Objects.requireNonNull(summary, "summary");
      fields = Map.copyOf(fields);
    }
  }

  /** An edit made against a version of the issue that is no longer the stored one. */
  public static final class StaleVersionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Instant current;

    StaleVersionException(Instant current) {
      super("the issue was changed by someone else (now at version " + current + ")");
      this.current = current;
    }

    /** The stored version. */
    public Instant current() {
      return current;
    }
  }

  private final SandboxStore store;
  private final Clock clock;
  private final Object creating = new Object();

  public RiskIssueWrites(SandboxStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Creates an issue of {@code typeId} in the project, status Open, reported by {@code
   * reporterKey}, with the next issue number of the project.
   *
   * @return the new issue's key
   */
  public String create(long projectId, String typeId, String reporterKey, RiskIssueInput input) {
    // Ids and numbers are the next free ones: one creation at a time (the sandbox is one JVM).
    synchronized (creating) {
      return store.inTransaction(
          c -> {
            ImportedIssue issue = new ImportedIssue();
            try (PreparedStatement ps =
                c.prepareStatement("SELECT project_key, name FROM project WHERE id = ?")) {
              ps.setLong(1, projectId);
              try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                  throw new IllegalArgumentException("no project with id " + projectId);
                }
                issue.projectKey = rs.getString(1);
                issue.projectName = rs.getString(2);
              }
            }
            issue.projectId = projectId;
            issue.typeId = typeId;
            issue.typeName = typeName(c, typeId);
            // From the id sequence imports use too, so a form issue never takes an imported id.
            issue.id = SourceIds.own(c).nextLocalId();
            long number =
                single(
                    c,
                    "SELECT COALESCE(MAX(issue_number), 0) + 1 FROM issue WHERE project_id = ?",
                    projectId);
            issue.key = issue.projectKey + "-" + number;
            issue.statusName = "Open";
            issue.statusCategory = "new";
            issue.reporter = user(reporterKey);
            Instant now = now(null);
            issue.created = now;
            issue.updated = now;
            apply(issue, input, null, now);
            new IssueWriter(c, SourceIds.own(c), SOURCE).write(issue, issue.key);
            return issue.key;
          });
    }
  }

  /**
   * Changes the form's fields of an issue, when it is still at {@code expectedVersion}.
   *
   * @throws StaleVersionException when the issue's version is another (nothing written)
   * @throws IllegalArgumentException when there is no such issue
   */
  public void update(
      long issueId, Instant expectedVersion, String authorKey, RiskIssueInput input) {
    Objects.requireNonNull(expectedVersion, "expectedVersion");
    store.inTransaction(
        c -> {
          ImportedIssue issue = load(c, issueId);
          if (!issue.updated.equals(expectedVersion)) {
            throw new StaleVersionException(issue.updated);
          }
          Instant now = now(issue.updated);
          issue.updated = now;
          apply(issue, input, user(authorKey), now);
          new IssueWriter(c, SourceIds.own(c), SOURCE).write(issue, issue.key);
          return null;
        });
  }

  /** A later time than {@code previous}, at the database's precision (microseconds). */
  private Instant now(Instant previous) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return previous != null && !now.isAfter(previous) ? previous.plus(1, ChronoUnit.MICROS) : now;
  }

  /** Puts the form's values in; with an author, records a history entry per changed value. */
  private static void apply(ImportedIssue issue, RiskIssueInput input, UserRef author, Instant at) {
    List<Change> changes = new ArrayList<>();
    changed(changes, author, at, "summary", issue.summary, input.summary());
    issue.summary = input.summary();
    changed(changes, author, at, "description", issue.description, input.description());
    issue.description = input.description();
    changed(
        changes,
        author,
        at,
        "assignee",
        issue.assignee == null ? null : issue.assignee.key(),
        input.assigneeKey());
    issue.assignee = user(input.assigneeKey());
    changed(
        changes,
        author,
        at,
        "duedate",
        issue.dueDate == null ? null : issue.dueDate.toString(),
        input.dueDate() == null ? null : input.dueDate().toString());
    issue.dueDate = input.dueDate();
    Map<String, CustomValue> values = new LinkedHashMap<>();
    for (CustomValue v : issue.customValues) {
      values.put(v.fieldId(), v);
    }
    for (Map.Entry<String, FieldWrite> e : input.fields().entrySet()) {
      CustomValue before = values.remove(e.getKey());
      FieldWrite value = e.getValue();
      CustomValue after =
          value.isEmpty()
              ? null
              : new CustomValue(
                  e.getKey(), e.getKey(), null, value.text(), value.number(), value.date());
      if (after != null) {
        values.put(e.getKey(), after);
      }
      changed(changes, author, at, e.getKey(), text(before), text(after));
    }
    issue.customValues.clear();
    issue.customValues.addAll(values.values());
    if (input.mitigationKey() != null) {
      issue.links.add(new Link(MITIGATES, issue.key, input.mitigationKey()));
    }
    if (author != null) {
      issue.changes.addAll(changes);
    }
  }

  private static void changed(
      List<Change> changes, UserRef author, Instant at, String field, String from, String to) {
    if (!Objects.equals(from, to)) {
      changes.add(new Change(author, at, field, from, to));
    }
  }

  private static String text(CustomValue v) {
    if (v == null) {
      return null;
    }
    if (v.number() != null) {
      return v.number().stripTrailingZeros().toPlainString();
    }
    if (v.date() != null) {
      return v.date().toString();
    }
    return v.text();
  }

  private static UserRef user(String key) {
    return key == null ? null : new UserRef(key, null, null, null);
  }

  /** The whole stored issue, as {@link IssueWriter#write} takes it. */
  private static ImportedIssue load(Connection c, long id) throws SQLException {
    ImportedIssue issue = new ImportedIssue();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT i.*, p.project_key, p.name AS project_name, t.name AS type_name, t.subtask"
                + " FROM issue i JOIN project p ON p.id = i.project_id JOIN issue_type t ON t.id"
                + " = i.issue_type_id WHERE i.id = ? FOR UPDATE")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no issue with id " + id);
        }
        issue.id = id;
        issue.key = rs.getString("issue_key");
        issue.projectId = rs.getLong("project_id");
        issue.projectKey = rs.getString("project_key");
        issue.projectName = rs.getString("project_name");
        issue.typeId = rs.getString("issue_type_id");
        issue.typeName = rs.getString("type_name");
        issue.subtask = rs.getBoolean("subtask");
        issue.statusName = rs.getString("status_name");
        issue.statusCategory = rs.getString("status_category");
        issue.summary = rs.getString("summary");
        issue.description = rs.getString("description");
        issue.priority = rs.getString("priority");
        issue.resolution = rs.getString("resolution");
        issue.assignee = user(rs.getString("assignee_key"));
        issue.reporter = user(rs.getString("reporter_key"));
        issue.storyPoints = rs.getBigDecimal("story_points");
        issue.originalEstimate = Sql.longValue(rs, "original_estimate_seconds");
        issue.remainingEstimate = Sql.longValue(rs, "remaining_estimate_seconds");
        issue.timeSpent = Sql.longValue(rs, "time_spent_seconds");
        issue.startDate = Sql.date(rs, "start_date");
        issue.dueDate = Sql.date(rs, "due_date");
        issue.created = Sql.instant(rs, "created");
        issue.updated = Sql.instant(rs, "updated");
        issue.resolutionDate = Sql.instant(rs, "resolution_date");
        issue.parentKey = rs.getString("parent_key");
        issue.epicKey = rs.getString("epic_key");
        issue.sprint = rs.getString("sprint");
        issue.labels = rs.getString("labels");
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT v.field_id, f.name, f.field_type, v.text_value, v.number_value, v.date_value"
                + " FROM issue_field_value v JOIN custom_field f ON f.id = v.field_id WHERE"
                + " v.issue_id = ? ORDER BY v.field_id")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          issue.customValues.add(
              new CustomValue(
                  rs.getString(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getString(4),
                  rs.getBigDecimal(5),
                  Sql.date(rs, "date_value")));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, author_key, started, time_spent_seconds, comment_text FROM worklog WHERE"
                + " issue_id = ? ORDER BY id")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          issue.worklogs.add(
              new Worklog(
                  rs.getLong("id"),
                  user(rs.getString("author_key")),
                  Sql.instant(rs, "started"),
                  rs.getLong("time_spent_seconds"),
                  rs.getString("comment_text")));
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT author_key, changed_at, field, from_string, to_string FROM issue_change WHERE"
                + " issue_id = ? ORDER BY changed_at, id")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          issue.changes.add(
              new Change(
                  user(rs.getString("author_key")),
                  Sql.instant(rs, "changed_at"),
                  rs.getString("field"),
                  rs.getString("from_string"),
                  rs.getString("to_string")));
        }
      }
    }
    return issue;
  }

  private static String typeName(Connection c, String typeId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT name FROM issue_type WHERE id = ?")) {
      ps.setString(1, typeId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalArgumentException("no issue type with id " + typeId);
        }
        return rs.getString(1);
      }
    }
  }

  private static long single(Connection c, String sql, Long arg) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      if (arg != null) {
        ps.setLong(1, arg);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
