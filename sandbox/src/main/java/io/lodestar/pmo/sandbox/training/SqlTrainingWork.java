package io.lodestar.pmo.sandbox.training;

import io.lodestar.pmo.app.training.AssignedWork;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingWork;
import io.lodestar.pmo.app.training.panel.QualificationValue;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.QualificationCheck;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.engine.training.TrainingCatalog;
import io.lodestar.pmo.engine.training.Work;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The sandbox's issues as training reads them (the sandbox has no components, so no component
 * requirement applies there), and the issue navigator's {@code "Lodestar qualification" = ...}
 * filter within one project.
 */
public final class SqlTrainingWork implements TrainingWork {

  private static final String COLUMNS =
      "SELECT i.id, i.issue_key, p.project_key, i.issue_type_id, i.start_date, i.due_date,"
          + " i.assignee_key FROM issue i JOIN project p ON p.id = i.project_id";

  private final SandboxStore store;

  public SqlTrainingWork(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<AssignedWork> byKey(String issueKey) {
    if (issueKey == null) {
      return Optional.empty();
    }
    return rows(COLUMNS + " WHERE i.issue_key = ?", issueKey).stream().findFirst().map(Row::work);
  }

  @Override
  public List<AssignedWork> openAssignedTo(String personKey, int max) {
    return rows(
            COLUMNS
                + " WHERE i.assignee_key = ? AND i.status_category <> 'done' ORDER BY i.due_date"
                + " NULLS LAST, i.id LIMIT "
                + Math.max(1, max),
            personKey)
        .stream()
        .map(Row::work)
        .toList();
  }

  /**
   * The ids of the project's issues whose "Lodestar qualification" is {@code value}, in issue
   * number order: only assigned issues a requirement applies to are checked (one read of the
   * requirements, one of their assignees' holdings), never every person.
   */
  public List<Long> issuesWith(
      String projectKey, QualificationValue value, TrainingService service) {
    List<Requirement> requirements = service.store().requirements();
    boolean wholeProject = false;
    Set<String> types = new HashSet<>();
    for (Requirement r : requirements) {
      if (r.scope() == Requirement.Scope.PROJECT && r.scopeKey().equals(projectKey)) {
        wholeProject = true;
      } else if (r.scope() == Requirement.Scope.ISSUE_TYPE) {
        types.add(r.scopeKey());
      }
    }
    if (!wholeProject && types.isEmpty()) {
      return List.of();
    }
    List<Object> args = new ArrayList<>();
    args.add(projectKey);
    String where = " WHERE p.project_key = ? AND i.assignee_key IS NOT NULL";
    if (!wholeProject) {
      where += " AND i.issue_type_id IN (" + Sql.marks(types.size()) + ")";
      args.addAll(types);
    }
    List<Row> rows = rows(COLUMNS + where + " ORDER BY i.issue_number", args.toArray());
    Map<String, Held> held =
        service.store().held(rows.stream().map(r -> r.work().assigneeKey()).distinct().toList());
    TrainingCatalog catalog = service.catalog();
    QualificationCheck check = new QualificationCheck(catalog);
    List<Long> ids = new ArrayList<>();
    for (Row r : rows) {
      AssignedWork w = r.work();
      Optional<QualificationValue> v =
          QualificationValue.of(
              check.check(w.work(), requirements, held.get(w.assigneeKey()), service.today()));
      if (v.isPresent() && v.get() == value) {
        ids.add(r.id());
      }
    }
    return ids;
  }

  private record Row(long id, AssignedWork work) {}

  private List<Row> rows(String sql, Object... args) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
              ps.setObject(i + 1, args[i]);
            }
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                rows.add(row(rs));
              }
            }
            return rows;
          }
        });
  }

  private static Row row(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong(1),
        new AssignedWork(
            new Work(
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                Set.of(),
                Optional.ofNullable(Sql.date(rs, "start_date")),
                Optional.ofNullable(Sql.date(rs, "due_date"))),
            rs.getString(7)));
  }
}
