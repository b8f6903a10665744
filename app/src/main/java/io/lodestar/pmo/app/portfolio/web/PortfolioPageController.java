package io.lodestar.pmo.app.portfolio.web;

import io.lodestar.pmo.app.portfolio.EvmRow;
import io.lodestar.pmo.app.portfolio.NodeOverview;
import io.lodestar.pmo.app.portfolio.NodeRow;
import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.portfolio.PortfolioTrends;
import io.lodestar.pmo.app.portfolio.ProjectForecasts;
import io.lodestar.pmo.app.portfolio.ProjectOverview;
import io.lodestar.pmo.app.portfolio.SnapshotTaker;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.EpicRef;
import io.lodestar.pmo.app.portfolio.port.PortfolioRollups.IndexState;
import io.lodestar.pmo.app.portfolio.port.StoredOverride;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.EvmView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.LinkView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.ObjectiveView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.OptionView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.OverrideFormView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.OverrideView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.PagingView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.RagView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.RowView;
import io.lodestar.pmo.app.portfolio.web.PortfolioViews.SummaryView;
import io.lodestar.pmo.app.risk.web.ErrorPageView;
import io.lodestar.pmo.app.risk.web.LevelView;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.alignment.AlignmentCoverage;
import io.lodestar.pmo.engine.alignment.StrategicObjective;
import io.lodestar.pmo.engine.evm.EacMethod;
import io.lodestar.pmo.engine.evm.EarnedValue;
import io.lodestar.pmo.engine.evm.Metric;
import io.lodestar.pmo.engine.health.Health;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.Progress;
import io.lodestar.pmo.engine.portfolio.RollupMeasures;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.register.ExpectedMonetaryValue;
import io.lodestar.pmo.engine.risk.service.PortfolioRiskSummary;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.Rollup;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The portfolio pages ({@value #PAGE}): without parameters the portfolios the viewer may see;
 * {@code ?key=} a portfolio or program; {@code ?project=} a project with its epics; {@code ?epic=}
 * an epic with the link to its issues in the host's issue navigator. Reads follow the REST rules
 * (signed in; a node none of whose projects the viewer may browse, or a project they may not
 * browse, is a 404). Posts ({@code action=override|clear|reconcile}) need a PMO admin and a
 * same-origin form; an invalid override re-renders the page with the messages at the fields (400),
 * a valid one redirects back to the page.
 */
public final class PortfolioPageController {

  /** The page servlet's path. */
  public static final String PAGE = "/plugins/servlet/lodestar/portfolio";

  static final String TEMPLATE = "templates/portfolio/overview.vm";
  static final String ERROR_TEMPLATE = "templates/risk/error.vm";
  static final String RESOURCES = RiskWebPaths.AUDIT_RESOURCES;
  static final int PAGE_SIZE = 50;

  private final AccessGuard guard;
  private final PortfolioOverviews overviews;
  private final UserDirectory users;
  private final Texts texts;
  private final WebText text;
  private final PortfolioTrends trends;
  private final RiskRegisterService risks;
  private final SnapshotTaker taker;
  private final ProjectForecasts forecasts;

  public PortfolioPageController(
      AccessGuard guard, PortfolioOverviews overviews, UserDirectory users, Texts texts) {
    this(guard, overviews, users, texts, null, null, null);
  }

  /**
   * @param trends the S-curve and earned schedule from stored snapshots; null: the pages say there
   *     are no snapshots (a host without a snapshot store)
   * @param taker "take snapshot now" for PMO admins on the list page; null: no such form
   * @param forecasts the project page's throughput forecast; null: none
   */
  public PortfolioPageController(
      AccessGuard guard,
      PortfolioOverviews overviews,
      UserDirectory users,
      Texts texts,
      PortfolioTrends trends,
      SnapshotTaker taker,
      ProjectForecasts forecasts) {
    this(guard, overviews, users, texts, trends, taker, forecasts, null);
  }

  /**
   * @param risks the register, for the portfolio and program pages' top risks; null: none shown
   */
  public PortfolioPageController(
      AccessGuard guard,
      PortfolioOverviews overviews,
      UserDirectory users,
      Texts texts,
      PortfolioTrends trends,
      SnapshotTaker taker,
      ProjectForecasts forecasts,
      RiskRegisterService risks) {
    this.risks = risks;
    this.trends = trends;
    this.taker = taker;
    this.forecasts = forecasts;
    this.guard = Objects.requireNonNull(guard, "guard");
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.users = Objects.requireNonNull(users, "users");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.text = new WebText(texts);
  }

  /** A GET of the page. */
  public PageView show(String contextPath, Map<String, String[]> parameters) {
    try {
      HostUser user = guard.requireUser();
      String key = param(parameters, "key");
      String project = param(parameters, "project");
      String epic = param(parameters, "epic");
      int startAt = startAt(parameters);
      String flash = flash(parameters);
      if (epic != null) {
        return page(epic(contextPath, user, epic));
      }
      if (project != null) {
        PortfolioPageView view = project(contextPath, user, project, startAt, flash);
        PageView trendPage = page(view, projectTrend(project));
        if (forecasts == null) {
          return trendPage;
        }
        ProjectRef ref = guard.requireSignedInBrowse(project);
        long open =
            overviews
                .rollups()
                .rollup("project:" + ref.key(), overviews.rollups().visibleTo(user))
                .map(r -> r.toDo() + r.inProgress())
                .orElse(0L);
        Map<String, Object> context = new HashMap<>(trendPage.context());
        context.put("forecast", forecasts.forecast(ref.key(), ref.name(), open));
        context.put("hasForecast", Boolean.TRUE);
        return withExports(
            new PageView(TEMPLATE, 200, context, List.of(RESOURCES)),
            projectExports(contextPath, ref.key()));
      }
      if (key != null) {
        PortfolioPageView view = node(contextPath, user, key, startAt, flash, null);
        PageView page =
            withExports(page(view, nodeTrend(user, key)), nodeExports(contextPath, user, key));
        if (risks == null) {
          return page;
        }
        Map<String, Object> context = new HashMap<>(page.context());
        context.put("topRisks", topRisks(contextPath, user, key));
        context.put("hasTopRisks", Boolean.TRUE);
        return new PageView(page.template(), page.status(), context, page.webResources());
      }
      PortfolioPageView list = list(contextPath, user, flash);
      if (taker != null && guard.isPmoAdmin(user)) {
        return new PageView(
            TEMPLATE,
            200,
            Map.of("page", list, "text", text, "hasSnapshotForm", Boolean.TRUE),
            List.of(RESOURCES));
      }
      return page(list);
    } catch (LodestarException refusal) {
      return error(refusal);
    }
  }

  /** A POST of the page's forms. */
  public Result post(String contextPath, Map<String, String[]> parameters) {
    try {
      HostUser admin = guard.requirePmoAdmin();
      String action = param(parameters, "action");
      String key = param(parameters, "key");
      if ("snapshot".equals(action) && taker != null) {
        SnapshotTaker.Run run = taker.takeNow(admin.key());
        return Result.redirect(
            listUrl(contextPath)
                + "?snapshots="
                + run.written()
                + "&unchanged="
                + run.unchanged()
                + "&skipped="
                + run.skipped());
      }
      if ("reconcile".equals(action)) {
        PortfolioRollups.ReconcileReport r = overviews.rollups().reconcile();
        return Result.redirect(
            listUrl(contextPath)
                + "?reconciled="
                + r.driftedCount()
                + "&issues="
                + r.issuesAfter());
      }
      PortfolioNode node = visibleNode(user(), key);
      String project = param(parameters, "project");
      if ("clear".equals(action)) {
        Outcome<StoredOverride> cleared = overviews.clearOverride(admin.key(), node, project);
        if (cleared instanceof Outcome.NotFound<StoredOverride>) {
          return Result.page(
              formError(
                  contextPath,
                  admin,
                  node,
                  "project",
                  texts.text("lodestar.portfolio.override.none", project),
                  parameters));
        }
        return Result.redirect(nodeUrl(contextPath, node.key()) + "&saved=cleared");
      }
      Rag rag = null;
      Map<String, String> errors = new HashMap<>();
      String ragRaw = param(parameters, "rag");
      if (ragRaw != null) {
        try {
          rag = Rag.valueOf(ragRaw);
        } catch (IllegalArgumentException e) {
          errors.put("rag", texts.text("lodestar.health.override.ragRequired"));
        }
      }
      LocalDate expires = null;
      String expiresRaw = param(parameters, "expiresOn");
      if (expiresRaw != null) {
        try {
          expires = LocalDate.parse(expiresRaw);
        } catch (DateTimeParseException e) {
          errors.put("expiresOn", texts.text("lodestar.portfolio.rest.error.date", expiresRaw));
        }
      }
      if (errors.isEmpty()) {
        Outcome<StoredOverride> saved =
            overviews.override(
                admin.key(), node, project, rag, param(parameters, "reason"), expires);
        if (saved instanceof Outcome.Ok<StoredOverride>) {
          return Result.redirect(nodeUrl(contextPath, node.key()) + "&saved=override");
        }
        if (saved instanceof Outcome.Invalid<StoredOverride> invalid) {
          for (Violation v : invalid.violations()) {
            errors.putIfAbsent(v.field(), texts.text(v.messageKey(), v.args().toArray()));
          }
        }
      }
      PortfolioPageView view =
          node(
              contextPath, admin, node.key(), 0, "", formOf(contextPath, node, parameters, errors));
      return Result.page(new PageView(TEMPLATE, 400, context(view), List.of(RESOURCES)));
    } catch (LodestarException refusal) {
      return Result.page(error(refusal));
    }
  }

  private HostUser user() {
    return guard.requireUser();
  }

  private PageView formError(
      String contextPath,
      HostUser admin,
      PortfolioNode node,
      String field,
      String message,
      Map<String, String[]> parameters) {
    Map<String, String> errors = Map.of(field, message);
    PortfolioPageView view =
        node(contextPath, admin, node.key(), 0, "", formOf(contextPath, node, parameters, errors));
    return new PageView(TEMPLATE, 400, context(view), List.of(RESOURCES));
  }

  /** What a post ends in: a redirect (303) or a page. */
  public record Result(String redirect, PageView page) {
    static Result redirect(String url) {
      return new Result(url, null);
    }

    static Result page(PageView page) {
      return new Result(null, page);
    }

    public boolean isRedirect() {
      return redirect != null;
    }
  }

  // Pages
  // ------------------------------------------------------------------------------------------

  private PortfolioPageView list(String contextPath, HostUser user, String flash) {
    Map<String, ProjectRef> browsable = browsable();
    boolean pmo = guard.isPmoAdmin(user);
    BucketFilter visible = overviews.rollups().visibleTo(user);
    List<RowView> rows = new ArrayList<>();
    for (PortfolioNode n : overviews.portfolios(browsable, pmo)) {
      Optional<Rollup> r = overviews.rollups().rollup("portfolio:" + n.key(), visible);
      rows.add(
          row(
              text.get("lodestar.portfolio.page.kind.portfolio"),
              n.key(),
              n.name() + " (" + n.currency() + ")",
              nodeUrl(contextPath, n.key()),
              r,
              r.map(x -> Progress.of(n.progressMethod(), x)),
              null,
              null));
    }
    return new PortfolioPageView(
        "LIST",
        text.get("lodestar.portfolio.page.list.title"),
        text.get("lodestar.portfolio.page.list.intro"),
        List.of(),
        warming(overviews.rollups().state()),
        "",
        basis(),
        "",
        null,
        null,
        null,
        text.get("lodestar.portfolio.page.list.rows"),
        rows,
        null,
        List.of(),
        List.of(),
        List.of(),
        "",
        null,
        null,
        pmo ? listUrl(contextPath) : "",
        flash);
  }

  private PortfolioPageView node(
      String contextPath,
      HostUser user,
      String key,
      int startAt,
      String flash,
      OverrideFormView form) {
    Map<String, ProjectRef> browsable = browsable();
    boolean pmo = guard.isPmoAdmin(user);
    NodeOverview o =
        unwrap(
            overviews.overview(
                key, browsable, pmo, overviews.rollups().visibleTo(user), startAt, PAGE_SIZE));
    PortfolioNode n = o.node();
    boolean portfolio = n.kind() == PortfolioNodeKind.PORTFOLIO;
    List<LinkView> crumbs = new ArrayList<>();
    crumbs.add(new LinkView(text.get("lodestar.portfolio.page.list.title"), listUrl(contextPath)));
    o.parent().ifPresent(p -> crumbs.add(new LinkView(p.name(), nodeUrl(contextPath, p.key()))));
    List<RowView> rows = new ArrayList<>();
    for (NodeRow r : o.children()) {
      rows.add(
          row(
              text.get(
                  r.kind().equals("PROGRAM")
                      ? "lodestar.portfolio.page.kind.program"
                      : "lodestar.portfolio.page.kind.project"),
              r.key(),
              r.name(),
              r.kind().equals("PROGRAM")
                  ? nodeUrl(contextPath, r.key())
                  : projectUrl(contextPath, r.key()),
              r.rollup(),
              r.progress(),
              r.health()
                  .map(h -> rag(h.computed().overall()))
                  .orElseGet(() -> r.worstComputed().isPresent() ? rag(r.worstComputed()) : null),
              r.health().flatMap(Health::override).map(this::override).orElse(null)));
    }
    Map<String, String> names = new HashMap<>();
    browsable.values().forEach(p -> names.put(p.key(), p.key() + " " + p.name()));
    List<EvmView> evm =
        o.evm().stream().map(e -> evm(names.getOrDefault(e.key(), e.key()), e)).toList();
    List<EvmView> totals =
        o.evmTotals().stream()
            .map(e -> evm(text.format("lodestar.portfolio.page.evm.total", e.currency()), e))
            .toList();
    String hidden =
        o.hiddenProjects() == 0 && o.total().map(Rollup::hidden).orElse(0L) == 0
            ? ""
            : text.format2(
                "lodestar.portfolio.page.hidden",
                o.total().map(Rollup::hidden).orElse(0L),
                o.hiddenProjects());
    if (form == null && pmo && portfolio) {
      form = formOf(contextPath, n, Map.of(), Map.of());
    }
    return new PortfolioPageView(
        n.kind().name(),
        n.name(),
        text.format2(
                "lodestar.portfolio.page.node.subtitle",
                displayName(n.ownerKey()),
                displayName(n.sponsorKey()))
            + " "
            + text.format2(
                "lodestar.portfolio.page.node.method",
                n.currency(),
                text.get("lodestar.portfolio.method." + n.progressMethod().name())),
        crumbs,
        warming(o.index()),
        hidden,
        basis(),
        o.unevaluatedScopes() == 0
            ? ""
            : text.format("lodestar.portfolio.page.scopesNotEvaluated", o.unevaluatedScopes()),
        o.total().map(t -> summary(t, o.progress())).orElse(null),
        null,
        null,
        text.get(
            portfolio
                ? "lodestar.portfolio.page.node.rows.portfolio"
                : "lodestar.portfolio.page.node.rows.program"),
        rows,
        paging(nodeUrl(contextPath, n.key()), o.startAt(), o.children().size(), o.childCount()),
        evm,
        totals,
        objectives(o),
        coverage(o),
        null,
        form,
        "",
        flash);
  }

  private PortfolioPageView project(
      String contextPath, HostUser user, String key, int startAt, String flash) {
    ProjectRef project = guard.requireSignedInBrowse(key);
    ProjectOverview o =
        overviews.project(project, overviews.rollups().visibleTo(user), startAt, PAGE_SIZE);
    List<LinkView> crumbs = new ArrayList<>();
    crumbs.add(new LinkView(text.get("lodestar.portfolio.page.list.title"), listUrl(contextPath)));
    o.holder()
        .ifPresent(
            h -> {
              if (h.parentKey() != null) {
                crumbs.add(
                    new LinkView(nodeName(h.parentKey()), nodeUrl(contextPath, h.parentKey())));
              }
              crumbs.add(new LinkView(h.name(), nodeUrl(contextPath, h.key())));
            });
    List<RowView> rows = new ArrayList<>();
    for (NodeRow r : o.epics()) {
      rows.add(
          row(
              text.get("lodestar.portfolio.page.kind.epic"),
              r.key(),
              r.name(),
              epicUrl(contextPath, r.key()),
              r.rollup(),
              r.progress(),
              null,
              null));
    }
    String subtitle =
        o.profile()
            .map(
                p ->
                    text.format2(
                            "lodestar.portfolio.page.project.subtitle",
                            p.managerKey() == null ? "–" : displayName(p.managerKey()),
                            p.sponsorKey() == null ? "–" : displayName(p.sponsorKey()))
                        + " "
                        + text.format2(
                            "lodestar.portfolio.page.project.plan",
                            p.plannedStart().map(LocalDate::toString).orElse("–"),
                            p.plannedEnd().map(LocalDate::toString).orElse("–"))
                        + " "
                        + text.format(
                            "lodestar.portfolio.page.project.phase",
                            text.get("lodestar.portfolio.phase." + p.phase())))
            .orElse(text.get("lodestar.portfolio.page.project.noProfile"));
    String jql = "project = " + project.key();
    return new PortfolioPageView(
        "PROJECT",
        project.key() + " " + project.name(),
        subtitle,
        crumbs,
        warming(o.index()),
        o.rollup().map(Rollup::hidden).orElse(0L) == 0
            ? ""
            : text.format2("lodestar.portfolio.page.hidden", o.rollup().get().hidden(), 0),
        basis(),
        "",
        o.rollup().map(t -> summary(t, o.progress())).orElse(null),
        rag(o.health().computed().overall()),
        o.health().override().map(this::override).orElse(null),
        text.get("lodestar.portfolio.page.project.rows"),
        rows,
        paging(projectUrl(contextPath, project.key()), startAt, rows.size(), o.epicCount()),
        List.of(evm(project.key() + " " + project.name(), o.evm())),
        List.of(),
        List.of(),
        "",
        new LinkView(
            text.get("lodestar.portfolio.page.issues.project"), issuesUrl(contextPath, jql)),
        null,
        "",
        flash);
  }

  private PortfolioPageView epic(String contextPath, HostUser user, String key) {
    EpicRef epic =
        overviews
            .rollups()
            .epic(key)
            .orElseThrow(
                () ->
                    new io.lodestar.pmo.app.shared.error.NotFoundException(
                        texts.text("lodestar.portfolio.page.epic.notFound", key)));
    ProjectRef project = guard.requireSignedInBrowse(epic.projectKey());
    BucketFilter visible = overviews.rollups().visibleTo(user);
    Optional<Rollup> rollup = overviews.rollups().rollup("epic:" + epic.key(), visible);
    Optional<String> holder = overviews.holderOf(project.key());
    io.lodestar.pmo.engine.portfolio.PercentCompleteMethod method =
        holder
            .flatMap(this::nodeMethod)
            .orElse(io.lodestar.pmo.engine.portfolio.PercentCompleteMethod.BY_COUNT);
    Optional<Progress> progress = rollup.map(r -> Progress.of(method, r));
    List<LinkView> crumbs = new ArrayList<>();
    crumbs.add(new LinkView(text.get("lodestar.portfolio.page.list.title"), listUrl(contextPath)));
    holder.ifPresent(h -> crumbs.add(new LinkView(nodeName(h), nodeUrl(contextPath, h))));
    crumbs.add(
        new LinkView(project.key() + " " + project.name(), projectUrl(contextPath, project.key())));
    String jql = "project = " + project.key() + " AND \"Epic Link\" = " + epic.key();
    return new PortfolioPageView(
        "EPIC",
        epic.key() + " " + epic.summary(),
        text.get("lodestar.portfolio.page.epic.subtitle"),
        crumbs,
        warming(overviews.rollups().state()),
        rollup.map(Rollup::hidden).orElse(0L) == 0
            ? ""
            : text.format2("lodestar.portfolio.page.hidden", rollup.get().hidden(), 0),
        basis(),
        "",
        rollup.map(t -> summary(t, progress)).orElse(null),
        null,
        null,
        "",
        List.of(),
        null,
        List.of(),
        List.of(),
        List.of(),
        "",
        new LinkView(text.get("lodestar.portfolio.page.issues.epic"), issuesUrl(contextPath, jql)),
        null,
        "",
        "");
  }

  private String nodeName(String key) {
    Outcome<PortfolioNode> n = overviews.visibleNode(key, Map.of(), true);
    return n instanceof Outcome.Ok<PortfolioNode> ok ? ok.value().name() : key;
  }

  private Optional<io.lodestar.pmo.engine.portfolio.PercentCompleteMethod> nodeMethod(String key) {
    Outcome<PortfolioNode> n = overviews.visibleNode(key, Map.of(), true);
    return n instanceof Outcome.Ok<PortfolioNode> ok
        ? Optional.of(ok.value().progressMethod())
        : Optional.empty();
  }

  // Parts
  // --------------------------------------------------------------------------------------------

  private OverrideFormView formOf(
      String contextPath,
      PortfolioNode node,
      Map<String, String[]> parameters,
      Map<String, String> errors) {
    Map<String, ProjectRef> browsable = browsable();
    String chosenProject = param(parameters, "project");
    String chosenRag = param(parameters, "rag");
    List<OptionView> projects = new ArrayList<>();
    for (String key : overviews.projectsOf(node)) {
      ProjectRef ref = browsable.get(key);
      projects.add(
          new OptionView(
              key, ref == null ? key : key + " " + ref.name(), key.equals(chosenProject)));
    }
    List<OptionView> rags = new ArrayList<>();
    for (Rag r : Rag.values()) {
      rags.add(
          new OptionView(
              r.name(),
              text.get("lodestar.portfolio.rag." + r.name()),
              r.name().equals(chosenRag)));
    }
    String expires = param(parameters, "expiresOn");
    return new OverrideFormView(
        contextPath + PAGE,
        node.key(),
        projects,
        rags,
        Optional.ofNullable(param(parameters, "reason")).orElse(""),
        expires == null ? overviews.today().plusDays(14).toString() : expires,
        errors.getOrDefault("project", ""),
        errors.getOrDefault("rag", ""),
        errors.getOrDefault("reason", ""),
        errors.getOrDefault("expiresOn", ""),
        errors.isEmpty() ? "" : text.get("lodestar.portfolio.page.override.invalid"));
  }

  private RowView row(
      String kind,
      String key,
      String name,
      String url,
      Optional<Rollup> rollup,
      Optional<Progress> progress,
      RagView computed,
      OverrideView override) {
    if (rollup.isEmpty()) {
      return new RowView(
          kind, key, name, url, "–", "–", "–", "–", "–", "–", "–", "", "", computed, override);
    }
    Rollup r = rollup.get();
    return new RowView(
        kind,
        key,
        name,
        url,
        Long.toString(r.issues()),
        Long.toString(r.toDo()),
        Long.toString(r.inProgress()),
        Long.toString(r.done()),
        points(r),
        hours(r),
        progress.map(this::percent).orElse("–"),
        progress.map(this::unestimated).orElse(""),
        r.hidden() == 0 ? "" : text.format("lodestar.portfolio.page.row.hidden", r.hidden()),
        computed,
        override);
  }

  private SummaryView summary(Rollup r, Optional<Progress> progress) {
    return new SummaryView(
        Long.toString(r.issues()),
        Long.toString(r.toDo()),
        Long.toString(r.inProgress()),
        Long.toString(r.done()),
        points(r),
        hours(r),
        progress.map(this::percent).orElse("–"),
        progress.map(this::unestimated).orElse(""),
        text.format("lodestar.portfolio.page.row.hidden", r.hidden()));
  }

  private String points(Rollup r) {
    return text.format2(
        "lodestar.portfolio.page.points",
        number(r.sums().get(RollupMeasures.STORY_POINTS_DONE.column())),
        number(r.sums().get(RollupMeasures.STORY_POINTS.column())));
  }

  private String hours(Rollup r) {
    return texts.text(
        "lodestar.portfolio.page.hours",
        number(r.sums().get(RollupMeasures.ORIGINAL_ESTIMATE_HOURS.column())),
        number(r.sums().get(RollupMeasures.REMAINING_ESTIMATE_HOURS.column())),
        number(r.sums().get(RollupMeasures.TIME_SPENT_HOURS.column())));
  }

  private String percent(Progress p) {
    return p.percent()
        .rounded(1)
        .map(v -> v.toPlainString() + " %")
        .orElseGet(() -> text.get(((Metric.NotApplicable) p.percent()).reasonKey()));
  }

  private String unestimated(Progress p) {
    return p.unestimated() == 0
        ? ""
        : text.format("lodestar.portfolio.page.unestimated", p.unestimated());
  }

  private RagView rag(Optional<Rag> rag) {
    if (rag.isEmpty()) {
      return new RagView(text.get("lodestar.portfolio.rag.none"), "–", "aui-lozenge");
    }
    return switch (rag.get()) {
      case GREEN ->
          new RagView(
              text.get("lodestar.portfolio.rag.GREEN"), "✔", "aui-lozenge aui-lozenge-success");
      case AMBER ->
          new RagView(
              text.get("lodestar.portfolio.rag.AMBER"), "▲", "aui-lozenge aui-lozenge-current");
      case RED ->
          new RagView(text.get("lodestar.portfolio.rag.RED"), "✖", "aui-lozenge aui-lozenge-error");
    };
  }

  private OverrideView override(HealthOverride o) {
    return new OverrideView(
        rag(Optional.of(o.rag())), o.reason(), o.expiresOn().toString(), displayName(o.setBy()));
  }

  private EvmView evm(String label, EvmRow row) {
    if (row.value().isEmpty()) {
      String na = row.naKey() == null ? "" : text.get(row.naKey());
      return new EvmView(label, row.currency(), "", "", "", "", "", "", "", "", "", "", "", na);
    }
    EarnedValue v = row.value().get();
    var in = row.input().get();
    String c = row.currency();
    return new EvmView(
        label,
        c,
        money(in.bac().amount()),
        money(in.pv().amount()),
        money(in.ev().amount()),
        money(in.ac().amount()),
        metricMoney(v.cv()),
        metricMoney(v.sv()),
        ratio(v.cpi()),
        ratio(v.spi()),
        metricMoney(v.eac().get(EacMethod.TYPICAL)),
        metricMoney(v.vac()),
        ratio(v.tcpiToBac()),
        "");
  }

  private List<ObjectiveView> objectives(NodeOverview o) {
    List<ObjectiveView> views = new ArrayList<>();
    AlignmentCoverage coverage = o.coverage().orElse(null);
    for (StrategicObjective obj : o.objectives()) {
      String share =
          coverage == null || coverage.objectives().get(obj.id()) == null
              ? "–"
              : coverage
                  .objectives()
                  .get(obj.id())
                  .budgetSharePercent()
                  .rounded(1)
                  .map(v -> v.toPlainString() + " %")
                  .orElse(text.get("lodestar.alignment.na.noBudget"));
      views.add(
          new ObjectiveView(
              obj.name(),
              obj.kpi(),
              obj.kpiTarget().stripTrailingZeros().toPlainString(),
              obj.horizon().toString(),
              coverage != null && coverage.uncoveredObjectives().contains(obj.id())
                  ? text.get("lodestar.portfolio.page.objective.uncovered")
                  : text.get("lodestar.portfolio.page.objective.covered"),
              share));
    }
    return views;
  }

  private String coverage(NodeOverview o) {
    if (o.coverage().isEmpty()) {
      return "";
    }
    AlignmentCoverage c = o.coverage().get();
    return text.format2(
        "lodestar.portfolio.page.coverage",
        c.uncoveredObjectives().size(),
        c.unalignedProjects().isEmpty() ? "–" : String.join(", ", c.unalignedProjects()));
  }

  private PagingView paging(String base, int startAt, int shown, int total) {
    if (total <= shown && startAt == 0) {
      return null;
    }
    String previous = startAt == 0 ? "" : base + "&startAt=" + Math.max(0, startAt - PAGE_SIZE);
    String next = startAt + shown >= total ? "" : base + "&startAt=" + (startAt + shown);
    return new PagingView(
        texts.text(
            "lodestar.portfolio.page.paging",
            startAt + (shown == 0 ? 0 : 1),
            startAt + shown,
            total),
        previous,
        next);
  }

  private String warming(IndexState state) {
    return state.ready() ? "" : text.format("lodestar.portfolio.page.warming", state.percent());
  }

  private String basis() {
    return text.get(overviews.rollups().state().basisKey());
  }

  private String displayName(String userKey) {
    return users.byKey(userKey).map(HostUser::displayName).orElse(userKey);
  }

  private PortfolioNode visibleNode(HostUser user, String key) {
    return unwrap(overviews.visibleNode(key, browsable(), guard.isPmoAdmin(user)));
  }

  private <T> T unwrap(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Ok<T> ok) {
      return ok.value();
    }
    if (outcome instanceof Outcome.NotFound<T> nf) {
      throw new io.lodestar.pmo.app.shared.error.NotFoundException(
          texts.text(nf.messageKey(), nf.args().toArray()));
    }
    throw new IllegalStateException("unexpected outcome " + outcome);
  }

  private Map<String, ProjectRef> browsable() {
    Map<String, ProjectRef> byKey = new LinkedHashMap<>();
    for (ProjectRef p : guard.browsableProjects()) {
      byKey.put(p.key(), p);
    }
    return byKey;
  }

  private PageView page(PortfolioPageView view) {
    return new PageView(TEMPLATE, 200, context(view), List.of(RESOURCES));
  }

  private PageView page(PortfolioPageView view, PortfolioTrends.TrendView trend) {
    if (trend == null) {
      return page(view);
    }
    return new PageView(
        TEMPLATE,
        200,
        Map.of("page", view, "text", text, "trend", trend, "hasTrend", Boolean.TRUE),
        List.of(RESOURCES));
  }

  /** The project's trend; called after the page checked that the viewer may browse it. */
  private PortfolioTrends.TrendView projectTrend(String key) {
    if (trends == null) {
      return null;
    }
    ProjectRef project = guard.requireSignedInBrowse(key);
    return trends.project(project.key(), project.name());
  }

  /** The node's trend; called after the page checked that the viewer may see the node. */
  private PortfolioTrends.TrendView nodeTrend(HostUser user, String key) {
    if (trends == null) {
      return null;
    }
    Map<String, ProjectRef> browsable = browsable();
    boolean pmo = guard.isPmoAdmin(user);
    PortfolioNode n = unwrap(overviews.visibleNode(key, browsable, pmo));
    List<String> projects = overviews.projectsOf(n);
    return trends.node(n, projects, pmo || browsable.keySet().containsAll(projects));
  }

  /** The most risks the top-risks list of a node shows. */
  static final int TOP_RISKS = 10;

  private TopRisksView topRisks(String contextPath, HostUser user, String key) {
    Map<String, ProjectRef> browsable = browsable();
    boolean pmo = guard.isPmoAdmin(user);
    PortfolioNode n = unwrap(overviews.visibleNode(key, browsable, pmo));
    List<String> projects = overviews.projectsOf(n);
    List<String> visible = projects.stream().filter(browsable::containsKey).toList();
    PortfolioRiskSummary summary = risks.summary(user.key(), visible, overviews.today(), TOP_RISKS);
    String unrated = texts.text("lodestar.risk.register.unrated");
    List<TopRisksView.Row> rows = new ArrayList<>();
    for (AssessedRisk risk : summary.summary().top()) {
      rows.add(
          new TopRisksView.Row(
              risk.issueKey(),
              RiskWebPaths.issue(contextPath, risk.issueKey()),
              risk.risk().title(),
              risk.risk().projectKey(),
              LevelView.of(risk.current(), unrated),
              ExpectedMonetaryValue.of(risk).map(BigDecimal::toPlainString).orElse("")));
    }
    long hidden = summary.summary().hidden();
    int leftOut = projects.size() - visible.size() + summary.unconfiguredProjectKeys().size();
    return new TopRisksView(
        rows,
        hidden == 0 ? "" : text.format("lodestar.portfolio.risks.hidden", hidden),
        leftOut == 0 ? "" : text.format("lodestar.portfolio.risks.leftOut", leftOut),
        text.get("lodestar.portfolio.risks.none"));
  }

  /** The page with its export links ({@code $exports}) added. */
  private static PageView withExports(PageView page, ExportLinksView exports) {
    Map<String, Object> context = new HashMap<>(page.context());
    context.put("exports", exports);
    context.put("hasExports", Boolean.TRUE);
    return new PageView(page.template(), page.status(), context, page.webResources());
  }

  private List<LinkView> exportLinks(String base) {
    return List.of(
        new LinkView(text.get("lodestar.portfolio.export.csv"), base + ".csv"),
        new LinkView(text.get("lodestar.portfolio.export.xlsx"), base + ".xlsx"));
  }

  private ExportLinksView projectExports(String contextPath, String project) {
    String base = contextPath + RiskWebPaths.REST_ROOT + "/projects/" + enc(project) + "/export/";
    return new ExportLinksView(exportLinks(base + "epics"), exportLinks(base + "snapshots"), "");
  }

  private ExportLinksView nodeExports(String contextPath, HostUser user, String key) {
    Map<String, ProjectRef> browsable = browsable();
    boolean pmo = guard.isPmoAdmin(user);
    PortfolioNode n = unwrap(overviews.visibleNode(key, browsable, pmo));
    List<String> projects = overviews.projectsOf(n);
    long hidden = projects.stream().filter(p -> !browsable.containsKey(p)).count();
    String base = contextPath + RiskWebPaths.REST_ROOT + "/portfolios/" + enc(n.key()) + "/export/";
    boolean allVisible = pmo || hidden == 0;
    return new ExportLinksView(
        exportLinks(base + "overview"),
        allVisible ? exportLinks(base + "snapshots") : List.of(),
        hidden == 0 || pmo ? "" : text.format("lodestar.portfolio.export.hiddenNote", hidden));
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private Map<String, Object> context(PortfolioPageView view) {
    return Map.of("page", view, "text", text);
  }

  private PageView error(LodestarException refusal) {
    String titleKey =
        switch (refusal.status()) {
          case 400 -> "lodestar.risk.web.error.400";
          case 401 -> "lodestar.risk.web.error.401";
          case 403 -> "lodestar.risk.web.error.403";
          case 404 -> "lodestar.risk.web.error.404";
          default -> "lodestar.risk.web.error.other";
        };
    return new PageView(
        ERROR_TEMPLATE,
        refusal.status(),
        Map.of(
            "error",
            new ErrorPageView(text.get(titleKey), String.valueOf(refusal.getMessage())),
            "text",
            text));
  }

  private String flash(Map<String, String[]> parameters) {
    String saved = param(parameters, "saved");
    if ("override".equals(saved)) {
      return text.get("lodestar.portfolio.page.flash.override");
    }
    if ("cleared".equals(saved)) {
      return text.get("lodestar.portfolio.page.flash.cleared");
    }
    String snapshots = param(parameters, "snapshots");
    if (snapshots != null && snapshots.matches("\\d{1,9}")) {
      String unchanged = count(param(parameters, "unchanged"));
      String skipped = count(param(parameters, "skipped"));
      String today = overviews.today().toString();
      return snapshots.equals("0")
          ? text.format2("lodestar.portfolio.trend.takenNothing", today, unchanged)
          : texts.text("lodestar.portfolio.trend.taken", today, snapshots, unchanged, skipped);
    }
    String reconciled = param(parameters, "reconciled");
    if (reconciled != null && reconciled.matches("\\d{1,9}")) {
      String issues = Optional.ofNullable(param(parameters, "issues")).orElse("0");
      return text.format2(
          "lodestar.portfolio.page.flash.reconciled",
          reconciled,
          issues.matches("\\d{1,12}") ? issues : "0");
    }
    return "";
  }

  private static String count(String raw) {
    return raw != null && raw.matches("\\d{1,9}") ? raw : "0";
  }

  private int startAt(Map<String, String[]> parameters) {
    String raw = param(parameters, "startAt");
    if (raw == null) {
      return 0;
    }
    try {
      return Math.max(0, Math.min(100_000, Integer.parseInt(raw)));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  static String param(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
      return null;
    }
    return values[0].strip();
  }

  private static final DecimalFormatSymbols SYMBOLS = DecimalFormatSymbols.getInstance(Locale.ROOT);

  private static String number(double value) {
    DecimalFormat f = new DecimalFormat("#,##0.#", SYMBOLS);
    return f.format(value);
  }

  private static String money(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.00", SYMBOLS);
    return f.format(amount.setScale(2, RoundingMode.HALF_UP));
  }

  private String metricMoney(Metric m) {
    return m.value()
        .map(PortfolioPageController::money)
        .orElseGet(() -> text.get(((Metric.NotApplicable) m).reasonKey()));
  }

  private String ratio(Metric m) {
    return m.rounded(2)
        .map(BigDecimal::toPlainString)
        .orElseGet(() -> text.get(((Metric.NotApplicable) m).reasonKey()));
  }

  static String listUrl(String contextPath) {
    return contextPath + PAGE;
  }

  static String nodeUrl(String contextPath, String key) {
    return contextPath + PAGE + "?key=" + RiskWebPaths.encode(key);
  }

  static String projectUrl(String contextPath, String key) {
    return contextPath + PAGE + "?project=" + RiskWebPaths.encode(key);
  }

  static String epicUrl(String contextPath, String key) {
    return contextPath + PAGE + "?epic=" + RiskWebPaths.encode(key);
  }

  /** The host's issue navigator with a JQL query ({@code /issues/?jql=} in Jira). */
  static String issuesUrl(String contextPath, String jql) {
    return contextPath + "/issues/?jql=" + RiskWebPaths.encode(jql);
  }
}
