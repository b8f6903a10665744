package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.training.panel.QualificationValue;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.training.SandboxTraining;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code GET /issues/?jql=}: the sandbox's stand-in for Jira's issue navigator, where the portfolio
 * pages' "open the issues" links go. It is no JQL engine: it understands exactly the two forms
 * those links use, {@code project = KEY} and {@code project = KEY AND "Epic Link" = KEY-N} (the
 * epic's children: Epic Link, an epic parent, and their sub-tasks, as the rollup counts them),
 * either optionally followed by {@code AND "Lodestar qualification" = "certification expires"}
 * (issue 10: the calculated field's value, computed for the project's assigned issues a requirement
 * applies to); for stage gates, {@code "Lodestar phase" = NAME} ({@link
 * io.lodestar.pmo.sandbox.standardization.gate.PhaseIssueSearch}); and refuses any other query with
 * a 400 saying so. Bounded: {@value #PAGE_SIZE} issues a page, in issue-number order; the project
 * must be browsable (else 404, as Jira hides it).
 */
public final class IssueListServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/issues.vm";
  static final int PAGE_SIZE = 50;

  private static final Pattern JQL =
      Pattern.compile(
          "project\\s*=\\s*\"?([A-Za-z][A-Za-z0-9_]*)\"?(?:\\s+AND\\s+\"Epic Link\"\\s*=\\s*\"?([A-Za-z][A-Za-z0-9_]*-\\d+)\"?)?"
              + "(?:\\s+AND\\s+\"Lodestar qualification\"\\s*=\\s*\"([A-Za-z ]+)\")?",
          Pattern.CASE_INSENSITIVE);

  private final transient AccessGuard guard;
  private final transient SandboxStore store;
  private final transient PageRenderer renderer;
  private final transient SandboxTraining training;

  public IssueListServlet(
      AccessGuard guard, SandboxStore store, PageRenderer renderer, SandboxTraining training) {
    this.training = Objects.requireNonNull(training, "training");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.store = Objects.requireNonNull(store, "store");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  /** One issue of the list. */
  public record Row(
      String key, String url, String summary, String type, String status, String points) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String jql = Objects.toString(request.getParameter("jql"), "").strip();
    // Stage gates (issue 9): "Lodestar phase" = NAME, the calculated field's searcher.
    java.util.Optional<String> phase =
        io.lodestar.pmo.sandbox.standardization.gate.PhaseIssueSearch.phaseOf(jql);
    if (phase.isPresent()) {
      phaseList(request, response, jql, phase.get());
      return;
    }
    Matcher m = JQL.matcher(jql);
    io.lodestar.pmo.sandbox.standardization.SandboxJql.Where subset = null;
    if (!m.matches()) {
      try {
        subset = io.lodestar.pmo.sandbox.standardization.SandboxJql.translate(jql);
      } catch (IllegalArgumentException unsupported) {
        subset = null;
      }
    }
    if (!m.matches() && (subset == null || subset.projectKey() == null)) {
      SandboxPage.write(
          renderer,
          OutboxServlet.REFUSED,
          HttpServletResponse.SC_BAD_REQUEST,
          Map.of(
              "title",
              "Issue search",
              "message",
              "The sandbox's issue list understands only project = KEY, project = KEY AND"
                  + " \"Epic Link\" = KEY-N (the queries the portfolio pages link to), either"
                  + " optionally followed by AND \"Lodestar qualification\" = VALUE, \"Lodestar"
                  + " phase\" = NAME and the compliance rules' JQL subset scoped to one project"
                  + " (see SandboxJql), not: "
                  + jql),
          response);
      return;
    }
    ProjectRef project;
    try {
      project = guard.requireBrowse(subset != null ? subset.projectKey() : m.group(1));
    } catch (LodestarException refusal) {
      SandboxPage.write(
          renderer,
          OutboxServlet.REFUSED,
          refusal.status(),
          Map.of("title", "Issue search", "message", String.valueOf(refusal.getMessage())),
          response);
      return;
    }
    int startAt = startAt(request.getParameter("startAt"));
    String where;
    List<Object> params = new ArrayList<>();
    params.add(project.id());
    if (subset != null) {
      where = "i.project_id = ? AND " + subset.where();
      params.addAll(subset.params());
    } else if (m.group(2) == null) {
      where = "i.project_id = ?";
    } else {
      String epic = m.group(2).toUpperCase();
      where = "i.project_id = ? AND (i.epic_key = ? OR par.issue_key = ? OR par.epic_key = ?)";
      params.addAll(List.of(epic, epic, epic));
    }
    if (subset == null && m.group(3) != null) {
      // "Lodestar qualification" (issue 10): the project's issues with that value, by id
      java.util.Optional<QualificationValue> value = QualificationValue.parse(m.group(3));
      if (value.isEmpty()) {
        SandboxPage.write(
            renderer,
            OutboxServlet.REFUSED,
            HttpServletResponse.SC_BAD_REQUEST,
            Map.of(
                "title",
                "Issue search",
                "message",
                "\"Lodestar qualification\" is one of: "
                    + java.util.Arrays.stream(QualificationValue.values())
                        .map(QualificationValue::text)
                        .toList()
                    + ", not: "
                    + m.group(3)),
            response);
        return;
      }
      List<Long> ids = training.work().issuesWith(project.key(), value.get(), training.service());
      where +=
          ids.isEmpty()
              ? " AND FALSE"
              : " AND i.id IN ("
                  + String.join(",", ids.stream().map(String::valueOf).toList())
                  + ")";
    }
    long total = count(where, params);
    List<Row> rows = page(where, params, startAt, request.getContextPath());
    list(request, response, jql, rows, total, startAt);
  }

  private void phaseList(
      HttpServletRequest request, HttpServletResponse response, String jql, String phase)
      throws IOException {
    var search = new io.lodestar.pmo.sandbox.standardization.gate.PhaseIssueSearch(store, guard);
    int startAt = startAt(request.getParameter("startAt"));
    var found = search.search(phase, startAt, PAGE_SIZE);
    if (found.isEmpty()) {
      SandboxPage.write(
          renderer,
          OutboxServlet.REFUSED,
          HttpServletResponse.SC_BAD_REQUEST,
          Map.of(
              "title",
              "Issue search",
              "message",
              "The lifecycle has no phase " + phase + "; its phases: " + search.phases()),
          response);
      return;
    }
    String cp = request.getContextPath();
    List<Row> rows =
        found.get().hits().stream()
            .map(
                h ->
                    new Row(
                        h.key(),
                        cp + SandboxPaths.BROWSE + "/" + h.key(),
                        h.summary(),
                        h.type(),
                        h.status(),
                        h.points()))
            .toList();
    list(request, response, jql, rows, found.get().total(), startAt);
  }

  private void list(
      HttpServletRequest request,
      HttpServletResponse response,
      String jql,
      List<Row> rows,
      long total,
      int startAt)
      throws IOException {
    String base =
        request.getContextPath()
            + SandboxPaths.ISSUES
            + "/?jql="
            + URLEncoder.encode(jql, StandardCharsets.UTF_8);
    Map<String, Object> context = new HashMap<>();
    context.put("jql", jql);
    context.put("rows", rows);
    context.put(
        "summary",
        total == 0
            ? "No issues."
            : (startAt + 1) + "–" + (startAt + rows.size()) + " of " + total + " issues");
    context.put(
        "previous", startAt == 0 ? "" : base + "&startAt=" + Math.max(0, startAt - PAGE_SIZE));
    context.put(
        "next", startAt + rows.size() >= total ? "" : base + "&startAt=" + (startAt + rows.size()));
    SandboxPage.write(renderer, TEMPLATE, HttpServletResponse.SC_OK, context, response);
  }

  private long count(String where, List<Object> params) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT COUNT(*) FROM issue i JOIN project p ON p.id = i.project_id JOIN"
                      + " issue_type t ON t.id = i.issue_type_id LEFT JOIN issue par ON"
                      + " par.issue_key = i.parent_key WHERE "
                      + where)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getLong(1);
            }
          }
        });
  }

  private List<Row> page(String where, List<Object> params, int startAt, String cp) {
    return store.inTransaction(
        c -> {
          List<Row> rows = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.issue_key, i.summary, t.name, i.status_name, i.story_points FROM issue"
                      + " i JOIN project p ON p.id = i.project_id JOIN issue_type t ON t.id ="
                      + " i.issue_type_id LEFT JOIN issue par ON"
                      + " par.issue_key = i.parent_key WHERE "
                      + where
                      + " ORDER BY i.issue_number LIMIT "
                      + PAGE_SIZE
                      + " OFFSET "
                      + startAt)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                java.math.BigDecimal points = rs.getBigDecimal(5);
                rows.add(
                    new Row(
                        rs.getString(1),
                        cp + SandboxPaths.BROWSE + "/" + rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        points == null ? "" : points.stripTrailingZeros().toPlainString()));
              }
            }
          }
          return rows;
        });
  }

  private static void bind(PreparedStatement ps, List<Object> params) throws java.sql.SQLException {
    for (int i = 0; i < params.size(); i++) {
      ps.setObject(i + 1, params.get(i));
    }
  }

  private static int startAt(String raw) {
    try {
      return raw == null ? 0 : Math.max(0, Math.min(1_000_000, Integer.parseInt(raw.strip())));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
