package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.app.risk.panel.LinkedRisks;
import io.lodestar.pmo.app.risk.panel.RiskFieldViews;
import io.lodestar.pmo.app.risk.panel.RiskPanelView;
import io.lodestar.pmo.app.risk.panel.RiskPanelViews;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.IssueLinks;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import io.lodestar.pmo.app.shared.host.PageRenderer;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.WebResources;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper;
import io.lodestar.pmo.sandbox.risk.MappedFields;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues.FieldInfo;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues.IssueRecord;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.server.SandboxPaths;
import io.lodestar.pmo.sandbox.training.SandboxQualificationPanel;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@code GET /browse/KEY}: the sandbox's stand-in for Jira's issue view, where the plugin's pages
 * link an issue. It shows the issue's fields, the fields its project's mapping names, the plugin's
 * calculated fields rendered by their own view templates ({@link RiskFieldViews}) and the plugin's
 * risk panel, built by the same {@link RiskPanelViews} and rendered by the same template as Jira's
 * web panel, shown when Jira's condition would show it (the project has risk settings, or a visible
 * linked issue is a risk). Who may not browse the issue's project gets 404 (anonymous visitors are
 * sent to the login page first), as in Jira.
 */
public final class BrowseServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;

  static final String TEMPLATE = "sandbox-templates/issue.vm";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final transient AccessGuard guard;
  private final transient SqlRiskIssues issues;
  private final transient ProjectRiskContexts contexts;
  private final transient IssueLinks links;
  private final transient SandboxUsers users;
  private final transient Texts texts;
  private final transient PageRenderer renderer;
  private final transient WebResources webResources;
  private final transient SandboxQualificationPanel qualification;

  public BrowseServlet(
      AccessGuard guard,
      SqlRiskIssues issues,
      ProjectRiskContexts contexts,
      IssueLinks links,
      SandboxUsers users,
      Texts texts,
      PageRenderer renderer,
      WebResources webResources,
      SandboxQualificationPanel qualification) {
    this.qualification = Objects.requireNonNull(qualification, "qualification");
    this.guard = Objects.requireNonNull(guard, "guard");
    this.issues = Objects.requireNonNull(issues, "issues");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.links = Objects.requireNonNull(links, "links");
    this.users = Objects.requireNonNull(users, "users");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.webResources = Objects.requireNonNull(webResources, "webResources");
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String cp = request.getContextPath();
    String key = Objects.toString(request.getPathInfo(), "/").substring(1);
    Optional<IssueRecord> found = issues.byKey(key).filter(i -> guard.mayBrowse(i.projectKey()));
    if (found.isEmpty()) {
      boolean anonymous = guard.currentUser().isEmpty();
      SandboxPage.write(
          renderer,
          OutboxServlet.REFUSED,
          anonymous ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_NOT_FOUND,
          Map.of(
              "title",
              "Issue " + key,
              "message",
              "There is no issue "
                  + key
                  + ", or you may not see it. The projects you may browse are listed on "
                  + cp
                  + SandboxPaths.LANDING
                  + "."),
          response);
      return;
    }
    IssueRecord issue = found.get();
    webResources.requireWebResource(RiskWebPaths.PANEL_RESOURCES);
    HostUser viewer = guard.currentUser().orElse(null);
    WebText text = new WebText(texts);
    Optional<ProjectRiskContext> context = contexts.forProject(issue.projectKey());
    Optional<LinkedIssues> linked = links.linkedTo(issue.key(), viewer);
    Predicate<LinkedIssue> isRisk = new LinkedRisks(contexts).isRisk();
    List<LinkedIssue> linkedRisks = linked.map(l -> l.matching(isRisk)).orElse(List.of());
    int hidden = linked.map(LinkedIssues::hiddenCount).orElse(0);

    boolean risk = context.map(c -> c.isRiskType(issue.typeId())).orElse(false);
    AssessedRisk assessed = null;
    List<IssuePageView.FieldRow> fields = new ArrayList<>();
    RiskPanelView panel = null;
    if (risk) {
      ProjectRiskContext project = context.get();
      RiskFieldMapping mapping = project.settings().mapping();
      // As Jira's panel and fields read a risk: the issue in hand, no mitigation keys (links are
      // the panel's own source, read as the viewer).
      assessed =
          project
              .assessor()
              .assess(
                  RiskRecordMapper.map(issue.raw(mapping, List.of()), mapping, project.model())
                      .risk());
      panel =
          RiskPanelViews.ofRisk(
              assessed, project, LinkedRisks.progress(linked, isRisk), hidden, text);
      fields = fieldRows(issue, mapping);
    } else if (context.isPresent() || !linkedRisks.isEmpty()) {
      panel = RiskPanelViews.ofLinkedRisks(linkedRisks, hidden, cp, text);
    }

    List<IssuePageView.LinkRow> linkRows = new ArrayList<>();
    linked.ifPresent(
        l ->
            l.visible()
                .forEach(
                    i ->
                        linkRows.add(
                            new IssuePageView.LinkRow(
                                i.linkType(),
                                i.key(),
                                RiskWebPaths.issue(cp, i.key()),
                                i.summary(),
                                i.done()))));
    IssuePageView view =
        new IssuePageView(
            issue.key(),
            issue.summary(),
            issue.projectKey(),
            issue.projectName(),
            issue.typeName(),
            issue.statusName(),
            Objects.toString(issue.description(), ""),
            userName(issue.assigneeKey()),
            userName(issue.reporterKey()),
            issue.created() == null ? "" : TIME.format(issue.created()),
            issue.updated() == null ? "" : TIME.format(issue.updated()),
            issue.dueDate() == null ? "" : issue.dueDate().toString(),
            risk,
            fields,
            risk
                ? render(RiskFieldViews.LEVEL_TEMPLATE, RiskFieldViews.levelContext(assessed))
                : "",
            risk
                ? render(RiskFieldViews.SCORE_TEMPLATE, RiskFieldViews.scoreContext(assessed))
                : "",
            panel == null ? "" : render(RiskPanelViews.TEMPLATE, panelContext(panel, text)),
            risk && guard.mayCreateIssues(issue.projectKey())
                ? SandboxPaths.editIssue(cp, issue.id())
                : "",
            context.isPresent() ? RiskWebPaths.register(cp, issue.projectKey(), Map.of()) : "",
            linkRows,
            hidden,
            "1".equals(request.getParameter("saved")) ? "Saved." : "",
            qualification.html(issue.key()));
    Map<String, Object> page = new HashMap<>();
    page.put("view", view);
    SandboxPage.write(renderer, TEMPLATE, 200, page, response);
  }

  private List<IssuePageView.FieldRow> fieldRows(IssueRecord issue, RiskFieldMapping mapping) {
    List<MappedFields.MappedField> mapped = MappedFields.of(mapping);
    Map<String, FieldInfo> infos =
        issues.fields(mapped.stream().map(MappedFields.MappedField::fieldId).toList());
    List<IssuePageView.FieldRow> rows = new ArrayList<>();
    for (MappedFields.MappedField field : mapped) {
      FieldInfo info = infos.get(field.fieldId());
      RawValue value = issue.values().get(field.fieldId());
      String shown =
          value == null
              ? ""
              : value instanceof RawValue.UserValue u
                  ? userName(u.key())
                  : SqlRiskIssues.text(value);
      rows.add(
          new IssuePageView.FieldRow(
              field.role(), info == null ? field.fieldId() : info.name(), field.fieldId(), shown));
    }
    return rows;
  }

  private static Map<String, Object> panelContext(RiskPanelView panel, WebText text) {
    Map<String, Object> context = new HashMap<>();
    context.put("panel", panel);
    context.put("text", text);
    return context;
  }

  private String render(String template, Map<String, Object> context) throws IOException {
    StringWriter html = new StringWriter();
    renderer.render(template, context, html);
    return html.toString().strip();
  }

  private String userName(String key) {
    if (key == null) {
      return "";
    }
    return users.byKey(key).map(HostUser::displayName).orElse(key);
  }
}
