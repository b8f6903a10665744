package io.lodestar.pmo.sandbox.capacity;

import io.lodestar.pmo.app.capacity.port.CapacityWork;
import io.lodestar.pmo.sandbox.portfolio.RollupIndexJournal;
import io.lodestar.pmo.sandbox.risk.RiskIndexJournal;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CapacityWork} on table {@code issue}: open means status category other than {@code done};
 * an issue's version is its {@code updated} time in milliseconds. A saved what-if writes the
 * assignee and dates with an {@code issue_change} row per changed field and the index journals, as
 * the issue write path does.
 */
public final class SqlCapacityWork implements CapacityWork {

  private static final String COLUMNS =
      "SELECT i.id, i.issue_key, p.project_key, i.summary, i.assignee_key, i.start_date,"
          + " i.due_date, i.remaining_estimate_seconds, i.updated FROM issue i JOIN project p ON"
          + " p.id = i.project_id";

  private final SandboxStore store;
  private final Clock clock;

  public SqlCapacityWork(SandboxStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  @Override
  public List<Issue> openAssignedTo(Collection<String> assignees) {
    List<String> keys = assignees.stream().filter(Objects::nonNull).distinct().toList();
    if (keys.isEmpty()) {
      return List.of();
    }
    if (keys.size() > 1_000) {
      throw new IllegalArgumentException("at most 1000 assignees at once");
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  COLUMNS
                      + " WHERE i.assignee_key IN ("
                      + Sql.marks(keys.size())
                      + ") AND i.status_category <> 'done' ORDER BY i.issue_key LIMIT "
                      + MAX_ITEMS)) {
            for (int i = 0; i < keys.size(); i++) {
              ps.setString(i + 1, keys.get(i));
            }
            return read(ps);
          }
        });
  }

  @Override
  public List<String> assigneesOf(String projectKey, LocalDate from) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT DISTINCT i.assignee_key FROM issue i JOIN project p ON p.id ="
                      + " i.project_id WHERE p.project_key = ? AND i.assignee_key IS NOT NULL AND"
                      + " i.status_category <> 'done' AND (i.due_date IS NULL OR i.due_date >= ?)"
                      + " ORDER BY i.assignee_key LIMIT 1000")) {
            ps.setString(1, projectKey);
            Sql.date(ps, 2, from);
            List<String> keys = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(rs.getString(1));
              }
            }
            return keys;
          }
        });
  }

  @Override
  public List<Issue> openUnassigned(String projectKey) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  COLUMNS
                      + " WHERE p.project_key = ? AND i.assignee_key IS NULL AND"
                      + " i.status_category <> 'done' ORDER BY i.issue_key LIMIT "
                      + MAX_ITEMS)) {
            ps.setString(1, projectKey);
            return read(ps);
          }
        });
  }

  @Override
  public Optional<Issue> issue(String issueKey) {
    if (issueKey == null) {
      return Optional.empty();
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE i.issue_key = ?")) {
            ps.setString(1, issueKey);
            return read(ps).stream().findFirst();
          }
        });
  }

  @Override
  public boolean update(
      String issueKey,
      long version,
      String assignee,
      LocalDate start,
      LocalDate due,
      String actorKey) {
    return store.inTransaction(
        c -> {
          Optional<Long> id = Optional.empty();
          Issue before = null;
          try (PreparedStatement ps = c.prepareStatement(COLUMNS + " WHERE i.issue_key = ?")) {
            ps.setString(1, issueKey);
            try (ResultSet rs = ps.executeQuery()) {
              if (rs.next()) {
                id = Optional.of(rs.getLong("id"));
                before = issue(rs);
              }
            }
          }
          if (id.isEmpty() || before.version() != version) {
            return false;
          }
          Instant now = clock.instant();
          Instant updated = now.toEpochMilli() > version ? now : Instant.ofEpochMilli(version + 1);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE issue SET assignee_key = ?, start_date = ?, due_date = ?, updated = ?"
                      + " WHERE id = ?")) {
            Sql.string(ps, 1, assignee);
            Sql.date(ps, 2, start);
            Sql.date(ps, 3, due);
            Sql.instant(ps, 4, updated);
            ps.setLong(5, id.get());
            ps.executeUpdate();
          }
          change(c, id.get(), actorKey, updated, "assignee", before.assignee(), assignee);
          change(c, id.get(), actorKey, updated, "Start date", str(before.start()), str(start));
          change(c, id.get(), actorKey, updated, "duedate", str(before.due()), str(due));
          RiskIndexJournal.issueWritten(c, id.get());
          RollupIndexJournal.issueWritten(c, id.get());
          return true;
        });
  }

  private static void change(
      Connection c, long id, String actor, Instant at, String field, String from, String to)
      throws SQLException {
    if (Objects.equals(from, to)) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO issue_change (issue_id, author_key, changed_at, field, from_string,"
                + " to_string) VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setLong(1, id);
      Sql.string(ps, 2, actor);
      Sql.instant(ps, 3, at);
      ps.setString(4, field);
      Sql.string(ps, 5, from);
      Sql.string(ps, 6, to);
      ps.executeUpdate();
    }
  }

  private static String str(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static List<Issue> read(PreparedStatement ps) throws SQLException {
    List<Issue> found = new ArrayList<>();
    try (ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        found.add(issue(rs));
      }
    }
    return found;
  }

  private static Issue issue(ResultSet rs) throws SQLException {
    return new Issue(
        rs.getString("issue_key"),
        rs.getString("project_key"),
        rs.getString("summary"),
        rs.getString("assignee_key"),
        Sql.date(rs, "start_date"),
        Sql.date(rs, "due_date"),
        Sql.longValue(rs, "remaining_estimate_seconds"),
        Sql.instant(rs, "updated").toEpochMilli());
  }
}
