package io.lodestar.pmo.app.capacity.web;

import io.lodestar.pmo.app.capacity.CapacityParams;
import io.lodestar.pmo.app.capacity.CapacityViews;
import io.lodestar.pmo.app.capacity.port.CapacityTeam;
import io.lodestar.pmo.app.capacity.port.StoredAbsence;
import io.lodestar.pmo.app.risk.rest.RestErrors;
import io.lodestar.pmo.app.risk.web.ErrorPageView;
import io.lodestar.pmo.app.risk.web.PageView;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.app.risk.web.WebText;
import io.lodestar.pmo.app.shared.error.LodestarException;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.capacity.LoadCell;
import io.lodestar.pmo.engine.capacity.Period;
import io.lodestar.pmo.engine.capacity.WorkStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The capacity pages ({@value #PAGE}): {@code ?project=KEY} a project's "Capacity" page (sidebar),
 * {@code ?team=KEY} or nothing the global "Resources" page (the first team). Query parameters keep
 * the state, so that the pages work without JavaScript: {@code from}, {@code weeks}, {@code
 * startAt}; the what-if changes as aligned lists {@code ci} (issue), {@code ca} (assignee), {@code
 * cs}/{@code cd} (start, due) and {@code cv} (version read); {@code person} and {@code week} the
 * drilled cell; {@code hours} the free-capacity search. A POST ({@code action=save}, same origin)
 * saves the changes and redirects to the page without them.
 */
public final class CapacityPageController {

  /** The page servlet's path. */
  public static final String PAGE = "/plugins/servlet/lodestar/capacity";

  static final String TEMPLATE = "templates/capacity/capacity.vm";
  static final String ERROR_TEMPLATE = "templates/risk/error.vm";
  static final String RESOURCES = RiskWebPaths.AUDIT_RESOURCES;

  /** The outcome of a POST: a redirect, or a page. */
  public record Result(String redirect, PageView page) {
    public boolean isRedirect() {
      return redirect != null;
    }
  }

  private final CapacityViews views;
  private final Texts texts;
  private final WebText text;
  private final RestErrors errors;

  public CapacityPageController(CapacityViews views, Texts texts) {
    this.views = Objects.requireNonNull(views, "views");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.text = new WebText(texts);
    this.errors = new RestErrors(texts);
  }

  /** A GET of the page. */
  public PageView show(String contextPath, Map<String, String[]> parameters) {
    try {
      return page(contextPath, State.of(this, parameters), null, null);
    } catch (LodestarException refusal) {
      return error(refusal);
    }
  }

  /** A POST: {@code action=save} applies the what-if changes. */
  public Result post(String contextPath, Map<String, String[]> parameters) {
    State state;
    try {
      state = State.of(this, parameters);
    } catch (LodestarException refusal) {
      return new Result(null, error(refusal));
    }
    try {
      String action = param(parameters, "action");
      if ("absence-add".equals(action)) {
        String person = param(parameters, "absencePerson");
        if (person == null) {
          throw errors.invalid("absencePerson", "lodestar.risk.rest.error.required");
        }
        views.addAbsence(
            person,
            CapacityParams.absence(
                errors,
                param(parameters, "first"),
                param(parameters, "last"),
                param(parameters, "kind"),
                CapacityParams.hoursPerDay(errors, param(parameters, "hoursPerDay")),
                param(parameters, "note")));
        return new Result(state.url(contextPath, Map.of("absence", "added")), null);
      }
      if ("absence-delete".equals(action)) {
        views.deleteAbsence(
            errors.requireVersion("absenceId", param(parameters, "absenceId")),
            errors.requireVersion("absenceVersion", param(parameters, "absenceVersion")));
        return new Result(state.url(contextPath, Map.of("absence", "deleted")), null);
      }
      if (!"save".equals(action) || state.changes().isEmpty()) {
        throw errors.invalid("action", "lodestar.capacity.error.nothingToSave");
      }
      for (int i = 0; i < state.changes().size(); i++) {
        errors.requireVersion("cv", state.changes().get(i).version());
      }
      int saved = views.save(state.changes());
      return new Result(
          state.withoutChanges().url(contextPath, Map.of("saved", Integer.toString(saved))), null);
    } catch (LodestarException refusal) {
      if (refusal.status() == 401) {
        return new Result(null, error(refusal));
      }
      try {
        return new Result(null, page(contextPath, state, refusal.getMessage(), refusal.status()));
      } catch (LodestarException again) {
        return new Result(null, error(again));
      }
    }
  }

  private PageView page(String cp, State state, String errorText, Integer status) {
    List<CapacityTeam> teams = views.teams();
    CapacityViews.Scope scope = state.scope();
    if (scope == null) {
      if (teams.isEmpty()) {
        return emptyPage(cp);
      }
      state = state.withTeam(teams.get(0).key());
      scope = state.scope();
    }
    CapacityViews.HeatMapPage map =
        views.heatMap(
            scope, state.period(), state.from(), state.weeks(), state.startAt(), state.changes());
    boolean project = scope instanceof CapacityViews.Scope.OfProject;
    List<CapacityPageView.Option> teamOptions = new ArrayList<>();
    for (CapacityTeam t : teams) {
      teamOptions.add(
          new CapacityPageView.Option(
              t.key(),
              t.name(),
              scope instanceof CapacityViews.Scope.OfTeam ot && ot.teamKey().equals(t.key())));
    }
    List<String> headers = new ArrayList<>();
    for (LocalDate w : map.weeks()) {
      headers.add(
          switch (state.period()) {
            case DAY ->
                texts.text(
                    "lodestar.capacity.page.day",
                    w.toString(),
                    w.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            case ISO_WEEK -> text.format("lodestar.capacity.page.week", w.toString());
            case MONTH -> text.format("lodestar.capacity.page.month", YearMonth.from(w).toString());
          });
    }
    List<CapacityPageView.RowView> rows = new ArrayList<>();
    for (CapacityViews.Row r : map.rows()) {
      List<CapacityPageView.CellView> cells = new ArrayList<>();
      for (CapacityViews.Cell c : r.cells()) {
        String numbers =
            texts.text(
                "lodestar.capacity.page.cell",
                LoadCell.hours(c.loadSeconds()),
                LoadCell.hours(c.capacitySeconds()));
        String label =
            texts.text(
                c.overAllocated()
                    ? "lodestar.capacity.cell.overAllocated"
                    : "lodestar.capacity.cell.withinCapacity",
                LoadCell.hours(c.loadSeconds()),
                LoadCell.hours(c.capacitySeconds()),
                LoadCell.hours(Math.abs(c.remainingSeconds())));
        String css =
            c.overAllocated()
                ? "lodestar-cap-over"
                : c.capacitySeconds() == 0 ? "lodestar-cap-none" : "lodestar-cap-ok";
        cells.add(
            new CapacityPageView.CellView(
                "cap-" + r.personKey() + "-" + c.week(),
                numbers,
                label,
                css,
                state.withDrill(r.personKey(), c.week()).url(cp, Map.of()),
                c.overAllocated(),
                c.absence()));
      }
      rows.add(
          new CapacityPageView.RowView(
              r.personKey(),
              r.name(),
              r.planned() ? "" : text.get("lodestar.capacity.page.defaultPlan"),
              cells));
    }
    List<String> notes = new ArrayList<>();
    for (CapacityViews.StatusCount s : map.work()) {
      if (s.count() > 0 && s.status() != WorkStatus.SCHEDULED) {
        notes.add(
            texts.text(s.status().messageKey(), s.count())
                + (s.seconds() > 0
                    ? " " + texts.text("lodestar.capacity.page.hours", LoadCell.hours(s.seconds()))
                    : "")
                + examples(s.examples()));
      }
    }
    int last = Math.min(map.total(), map.startAt() + CapacityViews.PAGE_SIZE);
    String pager =
        map.total() == 0
            ? text.get("lodestar.capacity.page.nobody")
            : texts.text("lodestar.capacity.page.pager", map.startAt() + 1, last, map.total());
    String previous =
        map.startAt() > 0
            ? state
                .withStartAt(Math.max(0, map.startAt() - CapacityViews.PAGE_SIZE))
                .url(cp, Map.of())
            : "";
    String next = last < map.total() ? state.withStartAt(last).url(cp, Map.of()) : "";
    List<CapacityPageView.Link> weekLinks =
        List.of(
            new CapacityPageView.Link(
                text.get("lodestar.capacity.page.earlier"),
                state
                    .withFrom(shift(state.period(), state.from(), -state.weeks()))
                    .url(cp, Map.of())),
            new CapacityPageView.Link(
                text.get("lodestar.capacity.page.thisWeek"),
                state.withFrom(views.thisWeek()).url(cp, Map.of())),
            new CapacityPageView.Link(
                text.get("lodestar.capacity.page.later"),
                state
                    .withFrom(shift(state.period(), state.from(), state.weeks()))
                    .url(cp, Map.of())));
    List<CapacityPageView.PeriodLink> periodLinks = new ArrayList<>();
    for (Period p : Period.values()) {
      periodLinks.add(
          new CapacityPageView.PeriodLink(
              text.get("lodestar.capacity.page.period." + p.name()),
              state.withPeriod(p, views.thisWeek()).url(cp, Map.of()),
              p == state.period(),
              "lodestar-capacity-period-" + periodName(p)));
    }
    CapacityPageView.WhatIfView whatIf = whatIf(cp, state, map);
    CapacityPageView.DrillView drill = state.person() == null ? null : drill(cp, state, map);
    CapacityPageView.FreeView free = free(state, scope);
    String flash =
        state.saved() == null ? "" : texts.text("lodestar.capacity.page.saved", state.saved());
    CapacityPageView.AbsenceForm absenceForm = absenceForm(map);
    CapacityPageView view =
        new CapacityPageView(
            project
                ? texts.text("lodestar.capacity.page.projectTitle", map.title())
                : text.get("lodestar.capacity.page.resourcesTitle"),
            project ? "" : texts.text("lodestar.capacity.page.teamSubtitle", map.title()),
            flash,
            errorText == null ? "" : errorText,
            project,
            cp + PAGE,
            state.scopeFields(),
            teamOptions,
            weekLinks,
            periodLinks,
            texts.text(
                state.period() == Period.ISO_WEEK
                    ? "lodestar.capacity.page.caption"
                    : "lodestar.capacity.page.caption." + state.period().name(),
                map.title(),
                map.weeks().get(0).toString(),
                shift(state.period(), map.weeks().get(map.weeks().size() - 1), 1)
                    .minusDays(1)
                    .toString()),
            headers,
            rows,
            pager,
            previous,
            next,
            notes,
            hiddenNote(map.hiddenCount()),
            cp + "/rest/lodestar/1.0/capacity/heatmap.csv" + state.csvQuery(),
            whatIf,
            drill,
            free,
            absenceForm);
    Map<String, Object> context = new LinkedHashMap<>();
    context.put("page", view);
    context.put("text", text);
    context.put("hasWhatIf", whatIf != null);
    context.put("hasDrill", drill != null);
    return new PageView(TEMPLATE, status == null ? 200 : status, context, List.of(RESOURCES));
  }

  /** The absence form: one's own absences (with delete), and for resource managers anyone's. */
  private CapacityPageView.AbsenceForm absenceForm(CapacityViews.HeatMapPage map) {
    io.lodestar.pmo.app.shared.host.HostUser viewer = views.viewer();
    List<CapacityPageView.Option> people = new ArrayList<>();
    people.add(new CapacityPageView.Option(viewer.key(), viewer.displayName(), true));
    if (views.isResourceManager(viewer)) {
      for (CapacityViews.Row r : map.rows()) {
        if (!r.personKey().equals(viewer.key())) {
          people.add(new CapacityPageView.Option(r.personKey(), r.name(), false));
        }
      }
    }
    List<CapacityPageView.Option> kinds = new ArrayList<>();
    for (io.lodestar.pmo.engine.capacity.AbsenceKind k :
        io.lodestar.pmo.engine.capacity.AbsenceKind.values()) {
      kinds.add(
          new CapacityPageView.Option(
              k.name(), text.get("lodestar.capacity.absence.kind." + k.name()), false));
    }
    List<CapacityPageView.OwnAbsence> own = new ArrayList<>();
    LocalDate from = views.thisWeek();
    for (StoredAbsence a : views.absences(viewer.key(), from, from.plusWeeks(52))) {
      own.add(
          new CapacityPageView.OwnAbsence(
              Long.toString(a.id()),
              Long.toString(a.version()),
              texts.text(
                      "lodestar.capacity.page.absence",
                      texts.text("lodestar.capacity.absence.kind." + a.kind().name()),
                      a.first().toString(),
                      a.last().toString())
                  + (a.note().isEmpty() ? "" : " — " + a.note())));
    }
    return new CapacityPageView.AbsenceForm(people, kinds, own);
  }

  private String examples(List<String> keys) {
    if (keys.isEmpty()) {
      return "";
    }
    List<String> shown = keys.subList(0, Math.min(5, keys.size()));
    return " (" + String.join(", ", shown) + (keys.size() > 5 ? ", …" : "") + ")";
  }

  private CapacityPageView.WhatIfView whatIf(
      String cp, State state, CapacityViews.HeatMapPage map) {
    if (state.changes().isEmpty()) {
      return null;
    }
    Map<String, String> names = new java.util.HashMap<>();
    map.rows().forEach(r -> names.put(r.personKey(), r.name()));
    List<String> lines = new ArrayList<>();
    for (CapacityViews.Change c : state.changes()) {
      List<String> parts = new ArrayList<>();
      if (c.assignee() != null) {
        parts.add(
            texts.text(
                "lodestar.capacity.whatif.assignee",
                names.getOrDefault(c.assignee(), c.assignee())));
      }
      if (c.start() != null) {
        parts.add(texts.text("lodestar.capacity.whatif.start", c.start()));
      }
      if (c.due() != null) {
        parts.add(texts.text("lodestar.capacity.whatif.due", c.due()));
      }
      lines.add(c.issueKey() + ": " + String.join(", ", parts));
    }
    return new CapacityPageView.WhatIfView(
        lines, state.allFields(), state.withoutChanges().url(cp, Map.of()), true);
  }

  private CapacityPageView.DrillView drill(String cp, State state, CapacityViews.HeatMapPage map) {
    CapacityViews.Drill d =
        views.drill(state.person(), state.period(), state.week(), state.changes());
    List<CapacityPageView.SourceView> sources = new ArrayList<>();
    int n = 0;
    for (CapacityViews.Source s : d.sources()) {
      sources.add(
          new CapacityPageView.SourceView(
              s.key(),
              s.issue() ? cp + "/browse/" + s.key() : "",
              s.summary(),
              texts.text("lodestar.capacity.page.hours", LoadCell.hours(s.seconds())),
              s.issue(),
              s.version() == null ? "" : s.version().toString(),
              "cap-reassign-" + n++));
    }
    List<String> absences = new ArrayList<>();
    for (StoredAbsence a : d.absences()) {
      absences.add(
          texts.text(
                  "lodestar.capacity.page.absence",
                  texts.text("lodestar.capacity.absence.kind." + a.kind().name()),
                  a.first().toString(),
                  a.last().toString())
              + (a.note().isEmpty() ? "" : " — " + a.note()));
    }
    List<CapacityPageView.Option> assignees = new ArrayList<>();
    for (CapacityViews.Row r : map.rows()) {
      if (!r.personKey().equals(d.personKey())) {
        assignees.add(new CapacityPageView.Option(r.personKey(), r.name(), false));
      }
    }
    return new CapacityPageView.DrillView(
        texts.text(
            "lodestar.capacity.drill.heading." + state.period().name(),
            d.name(),
            state.period() == Period.MONTH
                ? YearMonth.from(d.week()).toString()
                : d.week().toString()),
        texts.text(
            d.cell().overAllocated()
                ? "lodestar.capacity.cell.overAllocated"
                : "lodestar.capacity.cell.withinCapacity",
            LoadCell.hours(d.cell().loadSeconds()),
            LoadCell.hours(d.cell().capacitySeconds()),
            LoadCell.hours(Math.abs(d.cell().remainingSeconds()))),
        sources,
        d.hiddenCount() == 0 ? "" : texts.text("lodestar.capacity.drill.hidden", d.hiddenCount()),
        absences,
        d.personalVisible() ? "" : text.get("lodestar.capacity.drill.absencesPrivate"),
        assignees,
        state.allFields(),
        state.withoutDrill().url(cp, Map.of()));
  }

  private CapacityPageView.FreeView free(State state, CapacityViews.Scope scope) {
    int weeks = state.period() == Period.ISO_WEEK ? state.weeks() : CapacityParams.DEFAULT_WEEKS;
    if (state.hours() == null) {
      return new CapacityPageView.FreeView("", Integer.toString(weeks), false, List.of(), "", "");
    }
    List<String> results = new ArrayList<>();
    CapacityViews.FreeSearch found = views.free(scope, state.from(), weeks, state.hours(), 20);
    for (CapacityViews.Free f : found.people()) {
      results.add(
          texts.text("lodestar.capacity.free.result", f.name(), LoadCell.hours(f.freeSeconds())));
    }
    return new CapacityPageView.FreeView(
        Long.toString(state.hours() / 3600),
        Integer.toString(weeks),
        true,
        results,
        texts.text("lodestar.capacity.free.none", state.hours() / 3600),
        hiddenNote(found.hiddenCount()));
  }

  /**
   * The sentence that says how many work items of projects the viewer may not browse are left out.
   */
  private String hiddenNote(int hidden) {
    return hidden == 0 ? "" : texts.text("lodestar.capacity.page.hidden", hidden);
  }

  private PageView emptyPage(String cp) {
    return new PageView(
        ERROR_TEMPLATE,
        200,
        Map.of(
            "error",
            new ErrorPageView(
                text.get("lodestar.capacity.page.resourcesTitle"),
                text.get("lodestar.capacity.page.noTeams")),
            "text",
            text));
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

  /** {@code n} buckets of {@code period} after (or, negative, before) {@code from}. */
  static LocalDate shift(Period period, LocalDate from, int n) {
    return switch (period) {
      case DAY -> from.plusDays(n);
      case ISO_WEEK -> from.plusWeeks(n);
      case MONTH -> from.plusMonths(n);
    };
  }

  /** The REST and query name of a period: day, week, month. */
  static String periodName(Period period) {
    return switch (period) {
      case DAY -> "day";
      case ISO_WEEK -> "week";
      case MONTH -> "month";
    };
  }

  static String param(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    if (values == null || values.length == 0 || values[0] == null || values[0].isBlank()) {
      return null;
    }
    return values[0].strip();
  }

  private static String[] all(Map<String, String[]> parameters, String name) {
    String[] values = parameters.get(name);
    return values == null ? new String[0] : values;
  }

  /** The page's state, from and to query parameters. */
  record State(
      String team,
      String project,
      LocalDate from,
      int weeks,
      int startAt,
      List<CapacityViews.Change> changes,
      String person,
      LocalDate week,
      Long hours,
      String saved,
      Period period) {

    static State of(CapacityPageController c, Map<String, String[]> p) {
      RestErrors errors = c.errors;
      String team = param(p, "team");
      String project = param(p, "project");
      if (team != null && project != null) {
        throw errors.invalid("team", "lodestar.capacity.error.scope");
      }
      LocalDate from = CapacityParams.from(errors, param(p, "from"), c.views.thisWeek());
      Period period = CapacityParams.period(errors, param(p, "period"));
      from = period.bucketOf(from);
      int weeks = CapacityParams.count(errors, period, param(p, CapacityParams.countField(period)));
      int startAt = CapacityParams.startAt(errors, param(p, "startAt"));
      String[] ci = all(p, "ci");
      String[] ca = all(p, "ca");
      String[] cs = all(p, "cs");
      String[] cd = all(p, "cd");
      String[] cv = all(p, "cv");
      if (ci.length > CapacityViews.MAX_CHANGES) {
        throw errors.invalid(
            "ci", "lodestar.risk.rest.error.outOfRange", 0, CapacityViews.MAX_CHANGES);
      }
      List<CapacityViews.Change> changes = new ArrayList<>();
      for (int i = 0; i < ci.length; i++) {
        String version = at(cv, i);
        changes.add(
            CapacityParams.change(
                errors,
                "ci",
                ci[i],
                at(ca, i),
                at(cs, i),
                at(cd, i),
                version == null ? null : errors.longParam("cv", version)));
      }
      String person = param(p, "person");
      LocalDate week = errors.dateParam("week", param(p, "week"));
      if (person != null && week == null) {
        throw errors.invalid("week", "lodestar.risk.rest.error.required");
      }
      String hoursRaw = param(p, "hours");
      Long hours = hoursRaw == null ? null : CapacityParams.hours(errors, hoursRaw);
      String saved = param(p, "saved");
      if (saved != null && !saved.matches("\\d{1,3}")) {
        saved = null;
      }
      return new State(
          team,
          project,
          from,
          weeks,
          startAt,
          List.copyOf(changes),
          person,
          week,
          hours,
          saved,
          period);
    }

    private static String at(String[] values, int i) {
      return i < values.length && values[i] != null && !values[i].isBlank()
          ? values[i].strip()
          : null;
    }

    CapacityViews.Scope scope() {
      if (project != null) {
        return new CapacityViews.Scope.OfProject(project);
      }
      return team == null ? null : new CapacityViews.Scope.OfTeam(team);
    }

    State withTeam(String key) {
      return new State(key, null, from, weeks, startAt, changes, person, week, hours, null, period);
    }

    /**
     * The same scope in {@code p}'s buckets, default count: from the one holding the first day, or
     * this week's Monday when that is earlier (a month view starts on the 1st).
     */
    State withPeriod(Period p, LocalDate thisWeek) {
      return new State(
          team,
          project,
          p.bucketOf(from.isBefore(thisWeek) ? thisWeek : from),
          CapacityParams.defaultCount(p),
          0,
          changes,
          null,
          null,
          hours,
          null,
          p);
    }

    State withFrom(LocalDate day) {
      return new State(
          team, project, day, weeks, startAt, changes, null, null, hours, null, period);
    }

    State withStartAt(int at) {
      return new State(team, project, from, weeks, at, changes, null, null, hours, null, period);
    }

    State withDrill(String who, LocalDate when) {
      return new State(
          team, project, from, weeks, startAt, changes, who, when, hours, null, period);
    }

    State withoutDrill() {
      return new State(
          team, project, from, weeks, startAt, changes, null, null, hours, null, period);
    }

    State withoutChanges() {
      return new State(
          team, project, from, weeks, startAt, List.of(), person, week, null, null, period);
    }

    /** The scope, weeks and paging as hidden fields (the team picker and search forms). */
    List<CapacityPageView.Hidden> scopeFields() {
      List<CapacityPageView.Hidden> fields = new ArrayList<>();
      if (project != null) {
        fields.add(new CapacityPageView.Hidden("project", project));
      }
      fields.add(new CapacityPageView.Hidden("from", from.toString()));
      return fields;
    }

    /** Everything but the drill and the search: what a what-if form carries on. */
    List<CapacityPageView.Hidden> allFields() {
      List<CapacityPageView.Hidden> fields = new ArrayList<>();
      if (project != null) {
        fields.add(new CapacityPageView.Hidden("project", project));
      }
      if (team != null) {
        fields.add(new CapacityPageView.Hidden("team", team));
      }
      fields.add(new CapacityPageView.Hidden("from", from.toString()));
      if (period != Period.ISO_WEEK) {
        fields.add(new CapacityPageView.Hidden("period", periodName(period)));
      }
      fields.add(
          new CapacityPageView.Hidden(CapacityParams.countField(period), Integer.toString(weeks)));
      fields.add(new CapacityPageView.Hidden("startAt", Integer.toString(startAt)));
      for (CapacityViews.Change c : changes) {
        fields.add(new CapacityPageView.Hidden("ci", c.issueKey()));
        fields.add(new CapacityPageView.Hidden("ca", c.assignee() == null ? "" : c.assignee()));
        fields.add(
            new CapacityPageView.Hidden("cs", c.start() == null ? "" : c.start().toString()));
        fields.add(new CapacityPageView.Hidden("cd", c.due() == null ? "" : c.due().toString()));
        fields.add(
            new CapacityPageView.Hidden("cv", c.version() == null ? "" : c.version().toString()));
      }
      return fields;
    }

    String url(String cp, Map<String, String> extra) {
      StringBuilder q = new StringBuilder();
      for (CapacityPageView.Hidden h : allFields()) {
        add(q, h.name(), h.value());
      }
      if (person != null) {
        add(q, "person", person);
        add(q, "week", week.toString());
      }
      if (hours != null) {
        add(q, "hours", Long.toString(hours / 3600));
      }
      extra.forEach((k, v) -> add(q, k, v));
      return cp + PAGE + "?" + q;
    }

    String csvQuery() {
      StringBuilder q = new StringBuilder();
      if (project != null) {
        add(q, "project", project);
      }
      if (team != null) {
        add(q, "team", team);
      }
      add(q, "from", from.toString());
      add(q, "period", periodName(period));
      add(q, CapacityParams.countField(period), Integer.toString(weeks));
      add(q, "startAt", Integer.toString(startAt));
      return "?" + q;
    }

    private static void add(StringBuilder q, String name, String value) {
      if (q.length() > 0) {
        q.append('&');
      }
      q.append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
    }
  }
}
