package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues.ProjectRow;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's stand-in for Jira's project sidebar, drawn by the layout on the pages of one
 * project: the register and settings pages ({@code ?project=KEY}), an issue ({@code /browse/KEY-1})
 * and the risk form. It holds what the plugin adds to Jira's sidebar, the "Risk register" web-item
 * ({@code risk-register-link} in {@code atlassian-plugin.xml}, same label and link), and, where the
 * viewer may use them, the register's "Create risk" and "Risk settings" buttons. Shown only to
 * viewers who may browse the project.
 */
public final class ProjectSidebar {

  /**
   * The sidebar of one page.
   *
   * @param projectKey the project's key
   * @param projectName its name
   * @param items its links, in order
   */
  public record View(String projectKey, String projectName, List<Item> items) {
    public View {
      items = List.copyOf(items);
    }
  }

  /**
   * One link.
   *
   * @param id the element id
   * @param label its text
   * @param url where it leads
   * @param selected whether it is the page shown
   */
  public record Item(String id, String label, String url, boolean selected) {}

  private final AccessGuard guard;
  private final SqlRiskIssues issues;
  private final ProjectRiskContexts contexts;
  private final Texts texts;

  public ProjectSidebar(
      AccessGuard guard, SqlRiskIssues issues, ProjectRiskContexts contexts, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.issues = Objects.requireNonNull(issues, "issues");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * @param path the request path within the context
   * @return the sidebar of the page; empty when the page belongs to no project the viewer browses
   */
  public Optional<View> of(HttpServletRequest request, String path) {
    Optional<ProjectRow> project = project(request, path);
    if (project.isEmpty() || !guard.mayBrowse(project.get().key())) {
      return Optional.empty();
    }
    String cp = request.getContextPath();
    String key = project.get().key();
    List<Item> items = new ArrayList<>();
    items.add(
        new Item(
            "sidebar-risk-register",
            texts.text("lodestar.risk.register.link"),
            RiskWebPaths.register(cp, key, Map.of()),
            RiskWebPaths.REGISTER_PAGE.equals(path)));
    contexts
        .forProject(key)
        .flatMap(c -> c.settings().mapping().riskIssueTypeIds().stream().sorted().findFirst())
        .filter(type -> guard.mayCreateIssues(key))
        .ifPresent(
            type ->
                items.add(
                    new Item(
                        "sidebar-create-risk",
                        texts.text("lodestar.risk.register.createRisk"),
                        RiskWebPaths.createIssue(cp, project.get().id(), type),
                        RiskWebPaths.CREATE_ISSUE.equals(path))));
    if (guard.mayAdministerProject(key)) {
      items.add(
          new Item(
              "sidebar-risk-settings",
              texts.text("lodestar.risk.register.settings"),
              RiskWebPaths.projectSettings(cp, key),
              RiskWebPaths.ADMIN_PAGE.equals(path)));
    }
    // Stage gates (issue 9): the project's "Stage gate" page.
    items.add(
        new Item(
            "sidebar-stage-gate",
            texts.text("lodestar.standardization.gate.page.link"),
            io.lodestar.pmo.sandbox.standardization.gate.StageGateServlet.url(cp, key),
            io.lodestar.pmo.sandbox.standardization.gate.StageGateServlet.PATH.equals(path)));
    // Capacity (issue 10): the project's capacity heat map.
    items.add(
        new Item(
            "sidebar-capacity",
            texts.text("lodestar.capacity.sidebar.link"),
            cp
                + io.lodestar.pmo.app.capacity.web.CapacityPageController.PAGE
                + "?project="
                + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8),
            io.lodestar.pmo.app.capacity.web.CapacityPageController.PAGE.equals(path)));
    if (guard.mayAdministerProject(key)) {
      items.add(
          new Item(
              "sidebar-compliance",
              texts.text("lodestar.standardization.page.sidebar"),
              io.lodestar.pmo.app.standardization.web.StandardizationPages.projectUrl(cp, key),
              io.lodestar.pmo.app.standardization.web.StandardizationPages.PROJECT_PAGE.equals(
                  path)));
    }
    return Optional.of(new View(key, project.get().name(), items));
  }

  private Optional<ProjectRow> project(HttpServletRequest request, String path) {
    if (RiskWebPaths.REGISTER_PAGE.equals(path)
        || RiskWebPaths.ADMIN_PAGE.equals(path)
        || io.lodestar.pmo.sandbox.standardization.gate.StageGateServlet.PATH.equals(path)
        || io.lodestar.pmo.app.capacity.web.CapacityPageController.PAGE.equals(path)
        || io.lodestar.pmo.app.standardization.web.StandardizationPages.PROJECT_PAGE.equals(path)) {
      return issues.projectByKey(request.getParameter("project"));
    }
    if (path.startsWith(SandboxPaths.BROWSE + "/")) {
      return issues
          .byKey(path.substring(SandboxPaths.BROWSE.length() + 1))
          .map(i -> new ProjectRow(i.projectId(), i.projectKey(), i.projectName()));
    }
    if (RiskWebPaths.CREATE_ISSUE.equals(path)) {
      return number(request.getParameter("pid")).flatMap(issues::project);
    }
    if (SandboxPaths.EDIT_ISSUE.equals(path)) {
      return number(request.getParameter("id"))
          .flatMap(issues::byId)
          .map(i -> new ProjectRow(i.projectId(), i.projectKey(), i.projectName()));
    }
    return Optional.empty();
  }

  private static Optional<Long> number(String value) {
    try {
      return value == null ? Optional.empty() : Optional.of(Long.parseLong(value.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
