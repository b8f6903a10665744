package io.lodestar.pmo.app.risk.web;

import io.lodestar.pmo.app.risk.rest.SimulationPermits;
import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex;
import io.lodestar.pmo.engine.risk.register.HeatMap;
import io.lodestar.pmo.engine.risk.register.HeatMapAccumulator;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterRow;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.register.RegisterWindow;
import io.lodestar.pmo.engine.risk.register.RegisterWindowAccumulator;
import io.lodestar.pmo.engine.risk.register.RiskAppetite;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.ModelPreview;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.RegisterPage;
import io.lodestar.pmo.engine.risk.service.RegisterQuery;
import io.lodestar.pmo.engine.risk.service.RegisterScope;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService.WalkTotals;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The risk register page of one project ({@code templates/risk/register.vm}): a filtered, sorted,
 * paged table; the inherent and residual heat maps side by side, each cell linking to the register
 * filtered to that cell; the "N risks hidden" marker; the exposure button (the page's script calls
 * the REST simulation) and the CSV export link. Jira-free: the sandbox mounts the same controller.
 *
 * <p><b>Order of checks</b>: a signed-in user (401 page otherwise: an anonymous viewer would be the
 * engine's "system" viewer, who sees everything); BROWSE on the project (404 page, whether the
 * project is missing or hidden); risk settings for the project (404 page). Nothing is read from the
 * register before these pass. A rejected parameter does not replace the register: the page answers
 * 400 with its form, the message beside the field (e.g. an owner name that names no user) and no
 * list under the rejected filter.
 *
 * <p><b>Summary and exposure</b> ({@link RegisterPanels}): the summary section is the service's
 * {@code RegisterSummary} (counts, EMV, appetite, top risks); the exposure panel runs the service's
 * simulation only when asked ({@code exposure=run}), with the seed shown and kept.
 *
 * <p><b>Cost</b>: one walk over the viewer's risk issues of the project through {@link
 * RiskRegisterService#forEachRisk}, page by page, feeding the heat map (two rows × columns
 * counters) and a bounded window of {@code startAt + }{@value #PAGE_SIZE} rows filtered by the
 * engine's {@code RegisterFilter} (heat-map cell included); memory never holds the register. The
 * walk is ours rather than {@code RiskRegisterService.page} because the heat maps count every risk
 * while the table shows the filtered ones: one walk serves both. When the host keeps the
 * assessments materialised ({@link RiskRegisterService#indexProgress} consistent) the page, heat
 * map and appetite count come from {@code page}, {@code heatMap} and {@code summary} instead, each
 * bounded; while the host recomputes them the page walks and says "recomputing N %".
 */
public final class RiskRegisterPageController {

  /** The register page template. */
  public static final String TEMPLATE = "templates/risk/register.vm";

  /** Rows per page. */
  static final int PAGE_SIZE = 50;

  /** Largest first row: the window (first row + page) stays within the engine's bound. */
  static final int MAX_START_AT = RiskRegisterService.MAX_WINDOW - PAGE_SIZE;

  /** Longest owner name accepted. */
  static final int MAX_OWNER_LENGTH = 255;

  /** Characters typed before the owner picker searches. */
  static final int OWNER_PICKER_MIN_CHARS = 1;

  private final AccessGuard guard;
  private final RiskRegisterService register;
  private final UserDirectory users;
  private final Texts texts;
  private final Clock clock;
  private final RegisterPanels panels;

  /**
   * As the full constructor, with simulation permits of its own (one at a time) and the reporting
   * currency of {@link ReportingCurrency#fromSystemProperty()}.
   */
  public RiskRegisterPageController(
      AccessGuard guard,
      RiskRegisterService register,
      UserDirectory users,
      Texts texts,
      Clock clock) {
    this(
        guard,
        register,
        users,
        texts,
        clock,
        new SimulationPermits(1),
        ReportingCurrency.fromSystemProperty());
  }

  /**
   * @param simulations the node's exposure simulation permits, shared with the REST simulation
   * @param currency the currency of the register's cost figures
   */
  public RiskRegisterPageController(
      AccessGuard guard,
      RiskRegisterService register,
      UserDirectory users,
      Texts texts,
      Clock clock,
      SimulationPermits simulations,
      ReportingCurrency currency) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.register = Objects.requireNonNull(register, "register");
    this.users = Objects.requireNonNull(users, "users");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.panels = new RegisterPanels(register, simulations, currency, texts);
  }

  /**
   * @param contextPath the host's context path, e.g. {@code /jira} or empty
   * @param parameters the request's query parameters (servlet form: name → values; the first value
   *     counts)
   * @return the register page, or the 400 / 401 / 404 page
   */
  public PageView show(String contextPath, Map<String, String[]> parameters) {
    WebText text = new WebText(texts);
    try {
      return page(contextPath == null ? "" : contextPath, parameters, text);
    } catch (LodestarException refusal) {
      return ErrorPages.of(refusal, text);
    }
  }

  private PageView page(String contextPath, Map<String, String[]> parameters, WebText text) {
    HostUser viewer = guard.requireUser();
    ProjectRef project = guard.requireBrowse(first(parameters, RegisterRequest.PROJECT));
    // One resolution of settings and model serves the checks, the heat map and the walk.
    if (!(register.scope(project.key()) instanceof Outcome.Ok<RegisterScope> resolved)) {
      throw notConfigured(project);
    }
    RegisterScope scope = resolved.value();
    ScoringModel model = scope.model();
    LocalDate today = LocalDate.now(clock);
    List<FieldError> rejected = new ArrayList<>();
    RegisterRequest request = parse(parameters, model, rejected);

    RegisterFilter filter = request.filter(today);
    RiskAssessor assessor = new RiskAssessor(model);
    Optional<Band> appetiteBand =
        Optional.ofNullable(scope.settings().appetiteBandKey()).flatMap(model.bands()::byKey);
    RiskAppetite appetite = appetiteBand.map(RiskAppetite::portfolio).orElse(RiskAppetite.NONE);
    long[] aboveAppetite = {0};
    HeatMap heatMap;
    RegisterWindow registerWindow;
    WalkTotals walked;
    Optional<AssessedRiskIndex.Progress> progress = register.indexProgress(scope);
    Optional<RegisterPage> indexed = Optional.empty();
    if (progress.isPresent()
        && progress.get().consistent()
        && register.page(
                viewer.key(),
                project.key(),
                new RegisterQuery(filter, request.sort(), request.startAt(), PAGE_SIZE))
            instanceof Outcome.Ok<RegisterPage> ok) {
      indexed = Optional.of(ok.value());
    }
    if (indexed.isPresent()) {
      // The host keeps assessments materialised: page, heat map and appetite count are bounded.
      registerWindow = indexed.get().window();
      walked = new WalkTotals(indexed.get().totalVisible(), indexed.get().hidden());
      heatMap = register.heatMap(viewer.key(), project.key()).orElseThrow().heatMap();
      aboveAppetite[0] =
          register
              .summary(viewer.key(), List.of(project.key()), today, 0)
              .summary()
              .aboveAppetite();
    } else {
      HeatMapAccumulator heat = HeatMapAccumulator.of(model);
      RegisterWindowAccumulator window =
          new RegisterWindowAccumulator(filter, request.sort(), request.startAt(), PAGE_SIZE);
      walked =
          register.forEachRisk(
              viewer.key(),
              scope,
              mapped -> {
                AssessedRisk risk = assessor.assess(mapped.risk());
                heat.accept(risk);
                if (appetite.isAbove(risk)) {
                  aboveAppetite[0]++;
                }
                window.accept(new RegisterRow(risk, mapped.problems()));
              });
      heatMap = heat.result();
      registerWindow = window.result();
    }
    String recomputing =
        progress.isPresent() && !progress.get().consistent()
            ? texts.text("lodestar.risk.register.recomputing", progress.get().percent())
            : "";
    Links links = new Links(contextPath, project.key());
    String appetiteNotice =
        appetiteBand
            .map(
                band ->
                    texts.text("lodestar.risk.register.appetite", band.label(), aboveAppetite[0]))
            .orElseGet(() -> texts.text("lodestar.risk.register.appetite.none"));
    RegisterPageView page =
        view(
            project,
            model,
            request,
            registerWindow,
            heatMap,
            walked,
            links,
            today,
            appetite,
            appetiteNotice);
    RegisterSummaryView summary =
        panels.summary(viewer.key(), project, model, appetiteBand, today, contextPath);
    ExposurePanelView exposure =
        panels.exposure(
            viewer.key(),
            project,
            parameters,
            request.parameters(),
            extra -> {
              Map<String, String> all = new LinkedHashMap<>(request.parameters());
              all.putAll(extra);
              return RiskWebPaths.register(contextPath, project.key(), all);
            },
            contextPath);
    FieldErrorsView filterErrors =
        new FieldErrorsView(
            rejected.stream().map(e -> new FieldErrorView(e.field(), e.message())).toList());
    boolean refused = filterErrors.hasErrors() || !exposure.errors().isEmpty();
    OwnerPickerView ownerPicker = ownerPicker(request, contextPath, project);
    return new PageView(
        TEMPLATE,
        refused ? 400 : 200,
        Map.of(
            "page",
            page,
            "text",
            text,
            "createRisk",
            createRisk(links.contextPath, project, scope),
            "summary",
            summary,
            "exposure",
            exposure,
            "filterErrors",
            filterErrors,
            "ownerPicker",
            ownerPicker,
            "recomputing",
            recomputing),
        List.of(RiskWebPaths.REGISTER_RESOURCES));
  }

  // ------------------------------------------------------------------ parameters

  /**
   * The request, with each rejected parameter added to {@code errors} (and left at its default):
   * the page then keeps its form and names the field, rather than giving way to an error page.
   */
  private RegisterRequest parse(
      Map<String, String[]> parameters, ScoringModel model, List<FieldError> errors) {
    RiskStatus status = choice(parameters, RegisterRequest.STATUS, RiskStatus.class, null, errors);
    Band band = band(first(parameters, RegisterRequest.LEVEL), model, errors);
    String typedOwner = blankToEmpty(first(parameters, RegisterRequest.OWNER));
    Optional<HostUser> owner = owner(typedOwner, errors);
    // Links and the CSV keep the login name, whichever name was typed.
    String ownerName = owner.map(HostUser::username).orElse(typedOwner);
    String ownerKey = owner.map(HostUser::key).orElse(null);
    boolean overdue = overdue(first(parameters, RegisterRequest.OVERDUE), errors);
    RegisterSort.Field field =
        choice(
            parameters,
            RegisterRequest.SORT,
            RegisterSort.Field.class,
            RegisterSort.Field.SCORE,
            errors);
    RegisterSort.Direction direction =
        choice(
            parameters,
            RegisterRequest.ORDER,
            RegisterSort.Direction.class,
            defaultDirection(field),
            errors);
    int startAt = startAt(first(parameters, RegisterRequest.START_AT), errors);
    Cell cell = cell(first(parameters, RegisterRequest.CELL), model, errors);
    RiskState state = cellState(first(parameters, RegisterRequest.STATE), cell, errors);
    return new RegisterRequest(
        status,
        band,
        ownerName,
        ownerKey,
        overdue,
        RegisterSort.of(field == null ? RegisterSort.Field.SCORE : field, direction),
        startAt,
        cell,
        cell == null ? null : state);
  }

  private <E extends Enum<E>> E choice(
      Map<String, String[]> parameters,
      String name,
      Class<E> type,
      E fallback,
      List<FieldError> errors) {
    String raw = first(parameters, name);
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    for (E constant : type.getEnumConstants()) {
      if (RegisterRequest.lower(constant).equals(raw.strip())) {
        return constant;
      }
    }
    String allowed =
        Arrays.stream(type.getEnumConstants())
            .map(RegisterRequest::lower)
            .collect(Collectors.joining(", "));
    errors.add(
        new FieldError(name, texts.text("lodestar.risk.register.error.notOneOf", raw, allowed)));
    return fallback;
  }

  /** The band filter, checked by the engine's rule, as the REST list and the CSV export are. */
  private Band band(String raw, ScoringModel model, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String key = raw.strip();
    for (Violation violation : RegisterFilter.ALL.withBand(key).violations(model)) {
      errors.add(
          new FieldError(
              RegisterRequest.LEVEL,
              texts.text(violation.messageKey(), violation.args().toArray())));
    }
    return model.bands().byKey(key).orElse(null);
  }

  /**
   * The owner: the name typed is a login name, or else a display name that names exactly one user
   * (the picker's search, bounded to two). Anything else is rejected with the field named, and the
   * form keeps the text.
   */
  private Optional<HostUser> owner(String ownerName, List<FieldError> errors) {
    if (ownerName.isEmpty()) {
      return Optional.empty();
    }
    if (ownerName.length() > MAX_OWNER_LENGTH) {
      errors.add(
          new FieldError(
              RegisterRequest.OWNER,
              texts.text("lodestar.risk.register.error.tooLong", MAX_OWNER_LENGTH)));
      return Optional.empty();
    }
    Optional<HostUser> owner = users.byUsername(ownerName);
    if (owner.isEmpty()) {
      List<HostUser> named =
          users.search(ownerName, 2).stream()
              .filter(u -> u.displayName().equalsIgnoreCase(ownerName))
              .toList();
      if (named.size() == 1) {
        owner = Optional.of(named.get(0));
      }
    }
    if (owner.isEmpty()) {
      errors.add(
          new FieldError(
              RegisterRequest.OWNER,
              texts.text("lodestar.risk.register.error.unknownUser", ownerName)));
    }
    return owner;
  }

  /** The owner field: the owner's display name when the filter names one, else the text typed. */
  private OwnerPickerView ownerPicker(
      RegisterRequest request, String contextPath, ProjectRef project) {
    Optional<HostUser> owner =
        request.ownerKey() == null ? Optional.empty() : users.byKey(request.ownerKey());
    return new OwnerPickerView(
        owner.map(HostUser::username).orElse(""),
        owner.map(HostUser::displayName).orElse(request.ownerName()),
        RiskWebPaths.userPicker(contextPath, project.key()),
        OWNER_PICKER_MIN_CHARS);
  }

  private boolean overdue(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank() || "false".equals(raw.strip())) {
      return false;
    }
    if ("true".equals(raw.strip())) {
      return true;
    }
    errors.add(
        new FieldError(
            RegisterRequest.OVERDUE,
            texts.text("lodestar.risk.register.error.notOneOf", raw, "true, false")));
    return false;
  }

  private int startAt(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return 0;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value >= 0 && value <= MAX_START_AT) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(
        new FieldError(
            RegisterRequest.START_AT,
            texts.text("lodestar.risk.register.error.notANumber", raw, 0, MAX_START_AT)));
    return 0;
  }

  /** A cell as {@code probabilityRank,impactRank}, within the model's matrix. */
  private Cell cell(String raw, ScoringModel model, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String[] parts = raw.strip().split(",", -1);
    if (parts.length == 2) {
      try {
        int p = Integer.parseInt(parts[0].strip());
        int i = Integer.parseInt(parts[1].strip());
        if (model.probabilityScale().contains(p) && model.impactScale().contains(i)) {
          return Cell.of(p, i);
        }
      } catch (NumberFormatException e) {
        // reported below
      }
    }
    errors.add(
        new FieldError(
            RegisterRequest.CELL,
            texts.text(
                "lodestar.risk.register.error.cell",
                raw,
                model.probabilityScale().size(),
                model.impactScale().size())));
    return null;
  }

  /** The heat map of a cell: inherent or residual (default inherent); target has none. */
  private RiskState cellState(String raw, Cell cell, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return RiskState.INHERENT;
    }
    String value = raw.strip();
    if (RegisterRequest.lower(RiskState.INHERENT).equals(value)) {
      return RiskState.INHERENT;
    }
    if (RegisterRequest.lower(RiskState.RESIDUAL).equals(value)) {
      return RiskState.RESIDUAL;
    }
    errors.add(
        new FieldError(
            RegisterRequest.STATE,
            texts.text("lodestar.risk.register.error.notOneOf", raw, "inherent, residual")));
    return RiskState.INHERENT;
  }

  private static RegisterSort.Direction defaultDirection(RegisterSort.Field field) {
    return field == null || field == RegisterSort.Field.SCORE
        ? RegisterSort.Direction.DESC
        : RegisterSort.Direction.ASC;
  }

  private static String first(Map<String, String[]> parameters, String name) {
    String[] values = parameters == null ? null : parameters.get(name);
    return values == null || values.length == 0 ? null : values[0];
  }

  private static String blankToEmpty(String value) {
    return value == null ? "" : value.strip();
  }

  /**
   * "Create risk": the host's create-issue page with the project and its (first, by id) risk issue
   * type chosen, for viewers who may create issues there; none for the others.
   */
  private CreateRiskLink createRisk(String contextPath, ProjectRef project, RegisterScope scope) {
    Optional<String> type =
        scope.settings().mapping().riskIssueTypeIds().stream().sorted().findFirst();
    if (type.isEmpty() || project.id() == null || !guard.mayCreateIssues(project.key())) {
      return CreateRiskLink.NONE;
    }
    return new CreateRiskLink(RiskWebPaths.createIssue(contextPath, project.id(), type.get()));
  }

  private NotFoundException notConfigured(ProjectRef project) {
    return new NotFoundException(texts.text("lodestar.risk.register.notConfigured", project.key()));
  }

  // ------------------------------------------------------------------ the view

  private RegisterPageView view(
      ProjectRef project,
      ScoringModel model,
      RegisterRequest request,
      RegisterWindow window,
      HeatMap heat,
      WalkTotals totals,
      Links links,
      LocalDate today,
      RiskAppetite appetite,
      String appetiteNotice) {
    String unrated = texts.text("lodestar.risk.register.unrated");
    List<RegisterRowView> rows = new ArrayList<>();
    for (RegisterRow row : window.rows()) {
      rows.add(
          row(
              row.risk(),
              unrated,
              links,
              today,
              appetite.isAbove(row.risk()),
              row.problems().stream()
                  .map(problem -> texts.text(problem.messageKey(), problem.args().toArray()))
                  .toList()));
    }
    ModelPreview preview = ModelPreview.of(model);
    return new RegisterPageView(
        project.key(),
        project.name(),
        links.contextPath + RiskWebPaths.REGISTER_PAGE,
        statusOptions(request),
        levelOptions(model, request),
        request.ownerName(),
        request.overdueOnly(),
        RegisterRequest.lower(request.sort().field()),
        RegisterRequest.lower(request.sort().direction()),
        columns(request, links),
        rows,
        paging(request, window, links),
        totals.hidden() > 0 ? texts.text("lodestar.risk.register.hidden", totals.hidden()) : "",
        heatMap(RiskState.INHERENT, preview, heat, request, links),
        heatMap(RiskState.RESIDUAL, preview, heat, request, links),
        RiskWebPaths.csv(links.contextPath, project.key(), request.csvParameters()),
        RiskWebPaths.exposure(links.contextPath, project.key()),
        cellFilter(model, request),
        request.cell() == null ? "" : links.page(request.withoutCell()),
        guard.mayAdministerProject(project.key())
            ? RiskWebPaths.projectSettings(links.contextPath, project.key())
            : "",
        appetiteNotice);
  }

  private RegisterRowView row(
      AssessedRisk assessed,
      String unrated,
      Links links,
      LocalDate today,
      boolean aboveAppetite,
      List<String> problems) {
    var risk = assessed.risk();
    String owner =
        risk.ownerKey() == null
            ? ""
            : users.byKey(risk.ownerKey()).map(HostUser::displayName).orElse(risk.ownerKey());
    return new RegisterRowView(
        risk.issueKey(),
        RiskWebPaths.issue(links.contextPath, risk.issueKey()),
        risk.title(),
        owner,
        statusLabel(risk.status()),
        LevelView.of(assessed.inherent(), unrated),
        LevelView.of(assessed.residual(), unrated),
        risk.reviewDate() == null ? "" : risk.reviewDate().toString(),
        risk.isReviewOverdue(today),
        aboveAppetite,
        problems);
  }

  private String statusLabel(RiskStatus status) {
    return texts.text("lodestar.risk.register.status." + RegisterRequest.lower(status));
  }

  private List<OptionView> statusOptions(RegisterRequest request) {
    List<OptionView> options = new ArrayList<>();
    options.add(
        new OptionView(
            "", texts.text("lodestar.risk.register.filter.any"), request.status() == null));
    for (RiskStatus status : RiskStatus.values()) {
      options.add(
          new OptionView(
              RegisterRequest.lower(status), statusLabel(status), status == request.status()));
    }
    return options;
  }

  private List<OptionView> levelOptions(ScoringModel model, RegisterRequest request) {
    List<OptionView> options = new ArrayList<>();
    options.add(
        new OptionView(
            "", texts.text("lodestar.risk.register.filter.any"), request.band() == null));
    for (Band band : model.bands().bands()) {
      options.add(
          new OptionView(
              band.key(),
              band.label(),
              request.band() != null && band.key().equals(request.band().key())));
    }
    return options;
  }

  /** The table's headers, in the template's column order; four of them sort. */
  private List<SortLinkView> columns(RegisterRequest request, Links links) {
    return List.of(
        sortable("lodestar.risk.register.column.key", RegisterSort.Field.KEY, request, links),
        sortable("lodestar.risk.register.column.title", RegisterSort.Field.TITLE, request, links),
        SortLinkView.plain(texts.text("lodestar.risk.register.column.owner")),
        SortLinkView.plain(texts.text("lodestar.risk.register.column.status")),
        SortLinkView.plain(texts.text("lodestar.risk.register.column.inherent")),
        // The engine sorts by the current score (residual when rated, else inherent): the header
        // says so, rather than "Residual", which would promise an order the rows do not follow.
        sortable("lodestar.risk.register.column.current", RegisterSort.Field.SCORE, request, links),
        sortable(
            "lodestar.risk.register.column.review",
            RegisterSort.Field.REVIEW_DATE,
            request,
            links));
  }

  private SortLinkView sortable(
      String labelKey, RegisterSort.Field field, RegisterRequest request, Links links) {
    RegisterSort current = request.sort();
    RegisterSort.Direction direction;
    String ariaSort;
    if (current.field() == field) {
      boolean ascending = current.direction() == RegisterSort.Direction.ASC;
      ariaSort = ascending ? "ascending" : "descending";
      direction = ascending ? RegisterSort.Direction.DESC : RegisterSort.Direction.ASC;
    } else {
      ariaSort = "none";
      direction = defaultDirection(field);
    }
    return new SortLinkView(
        texts.text(labelKey),
        links.page(request.sortedBy(RegisterSort.of(field, direction))),
        ariaSort);
  }

  private PagingView paging(RegisterRequest request, RegisterWindow window, Links links) {
    long matched = window.matched();
    int startAt = request.startAt();
    String summary =
        window.rows().isEmpty()
            ? ""
            : texts.text(
                "lodestar.risk.register.paging",
                startAt + 1,
                startAt + window.rows().size(),
                matched);
    String previous =
        startAt == 0 ? "" : links.page(request.from(Math.max(0, startAt - PAGE_SIZE)));
    int nextStart = startAt + PAGE_SIZE;
    String next =
        nextStart < matched && nextStart <= MAX_START_AT ? links.page(request.from(nextStart)) : "";
    return new PagingView(summary, previous, next);
  }

  private HeatMapView heatMap(
      RiskState state, ModelPreview preview, HeatMap heat, RegisterRequest request, Links links) {
    long[][] counts = new long[heat.rows()][heat.columns()];
    for (HeatMap.HeatMapCell c : heat.cells()) {
      counts[c.cell().probabilityRank() - 1][c.cell().impactRank() - 1] =
          heat.count(state, c.cell());
    }
    long unrated = state == RiskState.INHERENT ? heat.inherentUnrated() : heat.residualUnrated();
    HeatMapView.Words words =
        new HeatMapView.Words(
            texts.text("lodestar.risk.register.heatmap." + RegisterRequest.lower(state)),
            texts.text("lodestar.risk.register.heatmap.axis.probability"),
            texts.text("lodestar.risk.register.heatmap.axis.impact"),
            texts.text("lodestar.risk.register.heatmap.unrated", unrated));
    return HeatMapView.of(
        words,
        preview,
        counts,
        (p, i) -> links.page(request.inCell(Cell.of(p, i), state)),
        state == request.cellState() ? request.cell() : null);
  }

  private String cellFilter(ScoringModel model, RegisterRequest request) {
    Cell cell = request.cell();
    if (cell == null) {
      return "";
    }
    return texts.text(
        "lodestar.risk.register.cell.filter",
        texts.text("lodestar.risk.register.heatmap." + RegisterRequest.lower(request.cellState())),
        model.probabilityScale().level(cell.probabilityRank()).label(),
        model.impactScale().level(cell.impactRank()).label());
  }

  /** Links to the same project's register. */
  private record Links(String contextPath, String projectKey) {
    String page(RegisterRequest request) {
      return RiskWebPaths.register(contextPath, projectKey, request.parameters());
    }
  }
}
