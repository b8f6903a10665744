package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
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
 * epic's children: Epic Link, an epic parent, and their sub-tasks, as the rollup counts them), and
 * refuses any other query with a 400 saying so. Bounded: {@value #PAGE_SIZE} issues a page, in
 * issue-number order; the project must be browsable (else 404, as Jira hides it).
 */
public final class IssueListServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/issues.vm";
  static final int PAGE_SIZE = 50;

  private static final Pattern JQL =
      Pattern.compile(
          "project\\s*=\\s*\"?([A-Za-z][A-Za-z0-9_]*)\"?(?:\\s+AND\\s+\"Epic Link\"\\s*=\\s*\"?([A-Za-z][A-Za-z0-9_]*-\\d+)\"?)?",
          Pattern.CASE_INSENSITIVE);

  private final transient AccessGuard guard;
  private final transient SandboxStore store;
  private final transient PageRenderer renderer;

  public IssueListServlet(AccessGuard guard, SandboxStore store, PageRenderer renderer) {
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
                  + " \"Epic Link\" = KEY-N (the queries the portfolio pages link to) and the"
                  + " compliance rules' JQL subset scoped to one project (see SandboxJql), not: "
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
    long total = count(where, params);
    List<Row> rows = page(where, params, startAt, request.getContextPath());
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
