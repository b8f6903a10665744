package io.lodestar.pmo.app.capacity;

import io.lodestar.pmo.app.capacity.port.CapacityStore;
import io.lodestar.pmo.app.capacity.port.CapacityTeam;
import io.lodestar.pmo.app.capacity.port.CapacityWork;
import io.lodestar.pmo.app.capacity.port.StoredAbsence;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.NotAvailableException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.error.StaleVersionException;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.capacity.AllocationCalculator;
import io.lodestar.pmo.engine.capacity.AllocationResult;
import io.lodestar.pmo.engine.capacity.CapacityInput;
import io.lodestar.pmo.engine.capacity.Contribution;
import io.lodestar.pmo.engine.capacity.ExplicitAllocation;
import io.lodestar.pmo.engine.capacity.FreeCapacitySearch;
import io.lodestar.pmo.engine.capacity.HolidayCalendar;
import io.lodestar.pmo.engine.capacity.LoadCell;
import io.lodestar.pmo.engine.capacity.LoadView;
import io.lodestar.pmo.engine.capacity.Period;
import io.lodestar.pmo.engine.capacity.Person;
import io.lodestar.pmo.engine.capacity.PersonLoad;
import io.lodestar.pmo.engine.capacity.Team;
import io.lodestar.pmo.engine.capacity.WorkItem;
import io.lodestar.pmo.engine.capacity.WorkStatus;
import io.lodestar.pmo.engine.capacity.WorkSummary;
import io.lodestar.pmo.engine.capacity.WorkingHoursPlan;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The capacity views of issue 10: a team's or a project's person-week heat map (one page of people,
 * at most {@link #MAX_WEEKS} weeks), the drill-down from a cell to the issues that fill it, "who is
 * free for N hours in these weeks", what-if changes (computed, never saved, until {@link #save})
 * and absences.
 *
 * <p>Who sees what: any signed-in user sees a team's heat map; a project's needs BROWSE on it. A
 * person's load is shown only where the viewer may browse the work: cells, the free-capacity search
 * and the drill-down count only the issues and explicit allocations of projects the viewer may
 * browse, and every answer states how many work items were left out ({@code hiddenCount}). Capacity
 * (hours available) is not secret and always shown in full. Absences are personal data: their kind
 * and note are shown only to the person, their team lead, resource managers (group {@link
 * #resourceManagerGroup}) and PMO admins; others see the capacity only. Absence writes need a
 * resource manager or PMO admin and are audited; a saved what-if needs permission to edit each
 * issue (in the sandbox: create issues in its project) and is audited.
 */
public final class CapacityViews {

  /** The most weeks one heat map or search covers. */
  public static final int MAX_WEEKS = 26;

  /** The most days one day heat map covers. */
  public static final int MAX_DAYS = 62;

  /** The most months one month heat map covers. */
  public static final int MAX_MONTHS = 12;

  /** People per heat-map page. */
  public static final int PAGE_SIZE = 25;

  /** The most changes one what-if holds. */
  public static final int MAX_CHANGES = 20;

  /** The default group of resource managers. */
  public static final String DEFAULT_RESOURCE_MANAGER_GROUP = "lodestar-resource-managers";

  /** What the heat map is of. */
  public sealed interface Scope {
    /** A team's members. */
    record OfTeam(String teamKey) implements Scope {}

    /** The people with open work or an allocation on a project. */
    record OfProject(String projectKey) implements Scope {}
  }

  /**
   * One what-if change of an issue: a new assignee and/or new dates; null keeps the current value.
   *
   * @param version the issue's version as read (needed to save; ignored when computing)
   */
  public record Change(
      String issueKey, String assignee, LocalDate start, LocalDate due, Long version) {
    public Change {
      Objects.requireNonNull(issueKey, "issueKey");
    }
  }

  /** A person-week: capacity and load in seconds; absence kinds only for who may see them. */
  public record Cell(LocalDate week, long capacitySeconds, long loadSeconds, String absence) {
    public boolean overAllocated() {
      return loadSeconds > capacitySeconds;
    }

    public long remainingSeconds() {
      return capacitySeconds - loadSeconds;
    }
  }

  /** One person's row. */
  public record Row(String personKey, String name, boolean planned, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** The counts of work that uses no capacity (and of what does), per engine status. */
  public record StatusCount(WorkStatus status, int count, long seconds, List<String> examples) {}

  /**
   * A heat map page.
   *
   * @param title the team's or project's name
   * @param weeks the first days of the columns (of a day, week or month: {@code period})
   * @param rows the page's people, then people a what-if gave work to
   * @param total people in the scope
   * @param startAt index of the first row in the scope
   * @param work what became of the work of the people shown
   * @param changes the what-if changes applied
   */
  public record HeatMapPage(
      Scope scope,
      String title,
      List<LocalDate> weeks,
      List<Row> rows,
      int total,
      int startAt,
      List<StatusCount> work,
      List<Change> changes,
      int hiddenCount,
      Period period) {}

  /** One source of a cell: an issue, or an explicit allocation. */
  public record Source(
      String key, String projectKey, String summary, long seconds, boolean issue, Long version) {}

  /**
   * A cell's drill-down.
   *
   * @param hiddenCount sources in projects the viewer may not browse: neither listed nor counted in
   *     the cell's load (their hours are not shown either)
   * @param absences the person's absences in the week; empty for who may not see them
   * @param personalVisible whether the viewer may see the person's absences
   */
  public record Drill(
      String personKey,
      String name,
      LocalDate week,
      Cell cell,
      List<Source> sources,
      int hiddenCount,
      List<StoredAbsence> absences,
      boolean personalVisible) {}

  /** A free-capacity result. */
  public record Free(String personKey, String name, long freeSeconds) {}

  /**
   * The free-capacity search's answer.
   *
   * @param hiddenCount work items of the people searched, in projects the viewer may not browse,
   *     that were not counted as load
   */
  public record FreeSearch(List<Free> people, int hiddenCount) {
    public FreeSearch {
      people = List.copyOf(people);
    }
  }

  private final AccessGuard guard;
  private final HostPermissions permissions;
  private final CapacityStore store;
  private final CapacityWork work;
  private final UserDirectory users;
  private final AuditLog audit;
  private final Texts texts;
  private final Clock clock;
  private final String resourceManagerGroup;
  private final WorkingHoursPlan defaultPlan;

  /**
   * @param defaultPlan the plan of people without one of their own (Jira: from the time-tracking
   *     settings)
   */
  public CapacityViews(
      AccessGuard guard,
      HostPermissions permissions,
      CapacityStore store,
      CapacityWork work,
      UserDirectory users,
      AuditLog audit,
      Texts texts,
      Clock clock,
      String resourceManagerGroup,
      WorkingHoursPlan defaultPlan) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.permissions = Objects.requireNonNull(permissions, "permissions");
    this.store = Objects.requireNonNull(store, "store");
    this.work = Objects.requireNonNull(work, "work");
    this.users = Objects.requireNonNull(users, "users");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.resourceManagerGroup = Objects.requireNonNull(resourceManagerGroup, "group");
    this.defaultPlan = Objects.requireNonNull(defaultPlan, "defaultPlan");
  }

  /** The Monday of this week. */
  public LocalDate thisWeek() {
    return LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The teams, for the Resources page's picker. */
  public List<CapacityTeam> teams() {
    guard.requireUser();
    return store.teams();
  }

  /** Whether the signed-in user is a resource manager or PMO admin. */
  public boolean isResourceManager(HostUser user) {
    return guard.isPmoAdmin(user) || permissions.isInGroup(user, resourceManagerGroup);
  }

  /** Whether {@code viewer} may see {@code personKey}'s absences. */
  public boolean maySeePersonal(HostUser viewer, String personKey) {
    if (viewer.key().equals(personKey) || isResourceManager(viewer)) {
      return true;
    }
    for (CapacityTeam t : store.teamsOf(List.of(personKey))) {
      if (t.leadKey().filter(viewer.key()::equals).isPresent()) {
        return true;
      }
    }
    return false;
  }

  // ----------------------------------------------------------------------------- heat map

  /**
   * A page of the heat map of {@code scope} from the week of {@code from} on, {@code weeks} weeks,
   * with {@code changes} applied in memory.
   */
  public HeatMapPage heatMap(
      Scope scope, LocalDate from, int weeks, int startAt, List<Change> changes) {
    return heatMap(scope, Period.ISO_WEEK, from, weeks, startAt, changes);
  }

  /**
   * A page of the heat map of {@code scope} in {@code count} buckets of {@code period} (days, ISO
   * weeks or calendar months; at most {@link #maxBuckets}) from the one holding {@code from}.
   */
  public HeatMapPage heatMap(
      Scope scope, Period period, LocalDate from, int count, int startAt, List<Change> changes) {
    HostUser viewer = guard.requireUser();
    checkBuckets(period, count);
    checkChanges(changes);
    ScopePeople scoped = people(scope, from);
    int total = scoped.keys().size();
    int first = Math.min(Math.max(0, startAt), Math.max(0, total - 1));
    List<String> page =
        scoped.keys().subList(Math.min(first, total), Math.min(total, first + PAGE_SIZE));
    Computed computed =
        compute(page, period, period.bucketOf(from), count, changes, scoped.unassignedOf());
    List<Row> rows = new ArrayList<>();
    Set<String> shown = new LinkedHashSet<>(page);
    for (Change c : changes) {
      if (c.assignee() != null && !c.assignee().isBlank()) {
        shown.add(c.assignee());
      }
    }
    for (String key : shown) {
      rows.add(row(viewer, key, computed));
    }
    return new HeatMapPage(
        scope,
        scoped.title(),
        computed.weeks(),
        rows,
        total,
        first,
        statusCounts(computed.result().summary()),
        List.copyOf(changes),
        computed.hiddenCount(shown),
        period);
  }

  /** The most buckets of {@code period} one heat map covers. */
  public static int maxBuckets(Period period) {
    return switch (period) {
      case DAY -> MAX_DAYS;
      case ISO_WEEK -> MAX_WEEKS;
      case MONTH -> MAX_MONTHS;
    };
  }

  /** The drill-down of {@code personKey}'s week of {@code week}, with {@code changes} applied. */
  public Drill drill(String personKey, LocalDate week, List<Change> changes) {
    return drill(personKey, Period.ISO_WEEK, week, changes);
  }

  /** The drill-down of {@code personKey}'s bucket of {@code period} holding {@code day}. */
  public Drill drill(String personKey, Period period, LocalDate day, List<Change> changes) {
    HostUser viewer = guard.requireUser();
    checkChanges(changes);
    LocalDate monday = period.bucketOf(day);
    LocalDate end = bucketEnd(period, monday);
    Computed computed = compute(List.of(personKey), period, monday, 1, changes, null);
    Row row = row(viewer, personKey, computed);
    Map<String, CapacityWork.Issue> issues = new HashMap<>();
    computed.items().forEach(i -> issues.put(i.issueKey(), i));
    Map<String, long[]> bySource = new LinkedHashMap<>();
    Map<String, String> projectOf = new HashMap<>();
    computed
        .result()
        .person(personKey)
        .ifPresent(
            load -> {
              for (Contribution c : load.contributions(period, monday)) {
                bySource.computeIfAbsent(c.source(), k -> new long[1])[0] += c.seconds();
                projectOf.put(c.source(), c.projectKey());
              }
            });
    List<Source> sources = new ArrayList<>();
    Map<String, Long> hiddenSources = computed.hiddenSources(List.of(personKey), monday, end);
    int hidden = hiddenSources.size();
    Map<String, Boolean> browse = new HashMap<>();
    for (Map.Entry<String, long[]> e : bySource.entrySet()) {
      String project = projectOf.get(e.getKey());
      if (!browse.computeIfAbsent(project, guard::mayBrowse)) {
        continue; // not reached: only browsable work is computed as load
      }
      CapacityWork.Issue issue = issues.get(e.getKey());
      if (issue != null) {
        sources.add(
            new Source(
                issue.issueKey(),
                project,
                issue.summary(),
                e.getValue()[0],
                true,
                issue.version()));
      } else {
        sources.add(
            new Source(
                e.getKey(),
                project,
                texts.text("lodestar.capacity.drill.allocation", project),
                e.getValue()[0],
                false,
                null));
      }
    }
    sources.sort((a, b) -> Long.compare(b.seconds(), a.seconds()));
    boolean personal = maySeePersonal(viewer, personKey);
    List<StoredAbsence> absences = personal ? store.absences(personKey, monday, end) : List.of();
    return new Drill(
        personKey, row.name(), monday, row.cells().get(0), sources, hidden, absences, personal);
  }

  // ----------------------------------------------------------------------------- search

  /**
   * The people of {@code scope} with at least {@code seconds} free in the {@code weeks} weeks from
   * {@code from}, most free first (the engine's {@link FreeCapacitySearch}).
   */
  public FreeSearch free(Scope scope, LocalDate from, int weeks, long seconds, int limit) {
    guard.requireUser();
    checkWeeks(weeks);
    List<String> keys = people(scope, from).keys();
    if (keys.size() > CapacityStore.MAX_KEYS) {
      keys = keys.subList(0, CapacityStore.MAX_KEYS);
    }
    Computed computed = compute(keys, Period.ISO_WEEK, monday(from), weeks, List.of(), null);
    Grid grid = new Grid(keys, computed);
    List<Free> found = new ArrayList<>();
    for (FreeCapacitySearch.Candidate c :
        new FreeCapacitySearch().search(grid, seconds, 0, weeks - 1, k -> true, limit)) {
      found.add(new Free(c.personKey(), name(c.personKey()), c.freeSeconds()));
    }
    return new FreeSearch(found, computed.hiddenCount(keys));
  }

  // ----------------------------------------------------------------------------- what-if save

  /**
   * Applies {@code changes} to their issues (501 where the host cannot write issues): every issue
   * must exist and be browsable (else 404), editable by the viewer (else 403) and unchanged since
   * read (its version, else 409); checked for all before any is written. Audited per issue.
   *
   * @return the number of issues updated
   */
  public int save(List<Change> changes) {
    HostUser viewer = guard.requireUser();
    if (!work.writesIssues()) {
      throw new NotAvailableException(texts.text("lodestar.capacity.error.saveNotAvailable"));
    }
    checkChanges(changes);
    List<CapacityWork.Issue> current = new ArrayList<>();
    for (Change c : changes) {
      CapacityWork.Issue issue =
          work.issue(c.issueKey())
              .filter(i -> guard.mayBrowse(i.projectKey()))
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          texts.text("lodestar.capacity.error.issueNotFound", c.issueKey())));
      if (!guard.mayCreateIssues(issue.projectKey())) {
        throw new AccessDeniedException(
            texts.text("lodestar.capacity.error.editRequired", issue.issueKey()));
      }
      if (c.version() == null || c.version() != issue.version()) {
        throw new StaleVersionException(
            texts.text("lodestar.capacity.error.issueChanged", issue.issueKey()), issue.version());
      }
      current.add(issue);
    }
    int updated = 0;
    for (int i = 0; i < changes.size(); i++) {
      Change c = changes.get(i);
      CapacityWork.Issue before = current.get(i);
      Change applied = applied(c, before);
      if (!work.update(
          before.issueKey(),
          before.version(),
          applied.assignee(),
          applied.start(),
          applied.due(),
          viewer.key())) {
        throw new StaleVersionException(
            texts.text("lodestar.capacity.error.issueChanged", before.issueKey()),
            before.version());
      }
      audit.record(
          new AuditEntry(
              viewer.key(),
              "lodestar.capacity.audit.whatIfSaved",
              "capacity.issue",
              before.issueKey(),
              describe(before.assignee(), before.start(), before.due()),
              describe(applied.assignee(), applied.start(), applied.due()),
              clock.instant()));
      updated++;
    }
    return updated;
  }

  // ----------------------------------------------------------------------------- absences

  /** The absences of {@code personKey} from {@code from} to {@code to}; 403 for who may not. */
  public List<StoredAbsence> absences(String personKey, LocalDate from, LocalDate to) {
    HostUser viewer = guard.requireUser();
    if (!maySeePersonal(viewer, personKey)) {
      throw new AccessDeniedException(texts.text("lodestar.capacity.error.personalData"));
    }
    return store.absences(personKey, from, to);
  }

  /** The signed-in user (401 when nobody is). */
  public HostUser viewer() {
    return guard.requireUser();
  }

  /** Adds an absence: one's own, or anyone's for resource managers and PMO admins; audited. */
  public StoredAbsence addAbsence(String personKey, CapacityStore.AbsenceDraft draft) {
    HostUser actor = requireAbsenceWriter(personKey);
    if (store.people(List.of(personKey), draft.first(), draft.last()).isEmpty()) {
      throw new NotFoundException(
          texts.text("lodestar.capacity.error.personNotPlanned", personKey));
    }
    StoredAbsence added = store.addAbsence(personKey, draft);
    auditAbsence(actor, "lodestar.capacity.audit.absenceAdded", null, added);
    return added;
  }

  /** Replaces an absence (resource managers and PMO admins; 404, 409; audited). */
  public StoredAbsence updateAbsence(long id, long version, CapacityStore.AbsenceDraft draft) {
    HostUser actor = requireResourceManager();
    StoredAbsence before = requireAbsence(id);
    if (before.version() != version) {
      throw stale(version, before.version());
    }
    StoredAbsence after =
        store
            .updateAbsence(id, version, draft)
            .orElseThrow(() -> stale(version, requireAbsence(id).version()));
    auditAbsence(actor, "lodestar.capacity.audit.absenceUpdated", before, after);
    return after;
  }

  /** Deletes an absence: one's own, or anyone's for resource managers (404, 409; audited). */
  public void deleteAbsence(long id, long version) {
    HostUser actor = guard.requireUser();
    StoredAbsence before =
        store
            .absence(id)
            .filter(a -> maySeePersonal(actor, a.personKey()))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        texts.text("lodestar.capacity.error.absenceNotFound", id)));
    requireAbsenceWriter(before.personKey());
    if (before.version() != version || !store.deleteAbsence(id, version)) {
      throw stale(version, before.version());
    }
    auditAbsence(actor, "lodestar.capacity.audit.absenceDeleted", before, null);
  }

  // ----------------------------------------------------------------------------- internals

  private HostUser requireAbsenceWriter(String personKey) {
    HostUser user = guard.requireUser();
    if (!user.key().equals(personKey) && !isResourceManager(user)) {
      throw new AccessDeniedException(
          texts.text("lodestar.capacity.error.resourceManagerRequired"));
    }
    return user;
  }

  private HostUser requireResourceManager() {
    HostUser user = guard.requireUser();
    if (!isResourceManager(user)) {
      throw new AccessDeniedException(
          texts.text("lodestar.capacity.error.resourceManagerRequired"));
    }
    return user;
  }

  private StoredAbsence requireAbsence(long id) {
    return store
        .absence(id)
        .orElseThrow(
            () -> new NotFoundException(texts.text("lodestar.capacity.error.absenceNotFound", id)));
  }

  private StaleVersionException stale(long sent, long stored) {
    return new StaleVersionException(
        texts.text("lodestar.capacity.error.absenceChanged", sent, stored), stored);
  }

  private void auditAbsence(
      HostUser actor, String action, StoredAbsence before, StoredAbsence after) {
    StoredAbsence any = after != null ? after : before;
    audit.record(
        new AuditEntry(
            actor.key(),
            action,
            "capacity.absence",
            any.personKey() + "/" + any.id(),
            before == null ? null : describe(before),
            after == null ? null : describe(after),
            clock.instant()));
  }

  private static String describe(StoredAbsence a) {
    return "first="
        + a.first()
        + "\nlast="
        + a.last()
        + "\nkind="
        + a.kind()
        + "\nsecondsPerDay="
        + a.secondsPerDay().map(String::valueOf).orElse("")
        + "\nnote="
        + a.note()
        + "\nversion="
        + a.version();
  }

  private static String describe(String assignee, LocalDate start, LocalDate due) {
    return "assignee="
        + (assignee == null ? "" : assignee)
        + "\nstart="
        + str(start)
        + "\ndue="
        + str(due);
  }

  private static String str(LocalDate d) {
    return d == null ? "" : d.toString();
  }

  private static void checkBuckets(Period period, int count) {
    if (count < 1 || count > maxBuckets(period)) {
      throw new IllegalArgumentException(
          period + " buckets must be within [1, " + maxBuckets(period) + "]");
    }
  }

  /** The last day of the bucket of {@code period} that starts on {@code start}. */
  private static LocalDate bucketEnd(Period period, LocalDate start) {
    return after(period, start, 1).minusDays(1);
  }

  private static LocalDate after(Period period, LocalDate start, int buckets) {
    return switch (period) {
      case DAY -> start.plusDays(buckets);
      case ISO_WEEK -> start.plusWeeks(buckets);
      case MONTH -> start.plusMonths(buckets);
    };
  }

  private static void checkWeeks(int weeks) {
    if (weeks < 1 || weeks > MAX_WEEKS) {
      throw new IllegalArgumentException("weeks must be within [1, " + MAX_WEEKS + "]");
    }
  }

  private static void checkChanges(List<Change> changes) {
    if (changes.size() > MAX_CHANGES) {
      throw new IllegalArgumentException("at most " + MAX_CHANGES + " changes");
    }
  }

  private static LocalDate monday(LocalDate day) {
    return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /** The people of a scope, by key, with its title. */
  private record ScopePeople(String title, List<String> keys, String unassignedOf) {}

  private ScopePeople people(Scope scope, LocalDate from) {
    if (scope instanceof Scope.OfTeam t) {
      CapacityTeam team =
          store
              .team(t.teamKey())
              .orElseThrow(
                  () ->
                      new NotFoundException(
                          texts.text("lodestar.capacity.error.teamNotFound", t.teamKey())));
      List<String> keys =
          team.members().stream().map(m -> m.personKey()).sorted().distinct().toList();
      return new ScopePeople(team.name(), keys, null);
    }
    Scope.OfProject p = (Scope.OfProject) scope;
    ProjectRef project = guard.requireSignedInBrowse(p.projectKey());
    LocalDate monday = monday(from);
    Set<String> keys = new TreeSet<>(work.assigneesOf(project.key(), monday));
    keys.addAll(
        store.allocatedToProject(project.key(), monday, monday.plusWeeks(MAX_WEEKS).minusDays(1)));
    return new ScopePeople(project.name(), List.copyOf(keys), project.key());
  }

  /**
   * A computed allocation of some people over some weeks.
   *
   * @param result over the work the viewer may browse
   * @param hidden over the work of projects the viewer may not browse; null when there is none
   */
  private record Computed(
      Period period,
      List<LocalDate> weeks,
      LocalDate first,
      LocalDate last,
      AllocationResult result,
      AllocationResult hidden,
      Set<String> planned,
      Map<String, List<StoredAbsence>> absences,
      List<CapacityWork.Issue> items) {

    /**
     * The hidden work items of {@code people} in the whole window: those with load in it, and those
     * that use no capacity (unestimated, overdue, …) that the page would otherwise list.
     */
    int hiddenCount(Collection<String> people) {
      if (hidden == null) {
        return 0;
      }
      int count = hiddenSources(people, weeks.get(0), last).size();
      for (WorkStatus s : WorkStatus.values()) {
        if (s != WorkStatus.SCHEDULED && s != WorkStatus.EXPLICITLY_ALLOCATED) {
          count += hidden.summary().count(s);
        }
      }
      return count;
    }

    /** The hidden sources of {@code people} with load from {@code from} to {@code to}: seconds. */
    Map<String, Long> hiddenSources(Collection<String> people, LocalDate from, LocalDate to) {
      Map<String, Long> sources = new LinkedHashMap<>();
      if (hidden == null) {
        return sources;
      }
      for (String key : new LinkedHashSet<>(people)) {
        hidden
            .person(key)
            .ifPresent(
                load -> {
                  for (Contribution c : load.contributions()) {
                    if (!c.day().isBefore(from) && !c.day().isAfter(to)) {
                      sources.merge(c.source(), c.seconds(), Long::sum);
                    }
                  }
                });
      }
      return sources;
    }
  }

  private Computed compute(
      List<String> keys,
      Period period,
      LocalDate monday,
      int weeks,
      List<Change> changes,
      String unassignedProject) {
    LocalDate today = LocalDate.now(clock);
    LocalDate first = monday.isBefore(today) ? today : monday;
    LocalDate last = after(period, monday, weeks).minusDays(1);
    if (last.isBefore(first)) {
      first = last;
    }
    Set<String> everyone = new LinkedHashSet<>(keys);
    Map<String, Change> byIssue = new LinkedHashMap<>();
    for (Change c : changes) {
      byIssue.put(c.issueKey(), c);
      if (c.assignee() != null && !c.assignee().isBlank()) {
        everyone.add(c.assignee());
      }
    }
    List<CapacityTeam> teams = store.teamsOf(everyone);
    Set<String> calendarPeople = new LinkedHashSet<>(everyone);
    teams.forEach(t -> t.members().forEach(m -> calendarPeople.add(m.personKey())));
    Map<String, Person> plannedPeople = store.people(calendarPeople, first, last);
    List<Person> people = new ArrayList<>();
    Set<String> locations = new HashSet<>();
    for (String key : calendarPeople) {
      Person p = plannedPeople.getOrDefault(key, Person.of(key, defaultPlan));
      people.add(p);
      if (!p.location().isEmpty()) {
        locations.add(p.location());
      }
    }
    Map<String, HolidayCalendar> holidays = store.holidays(locations, first, last);
    // The work: the people's open issues, with the what-if changes applied.
    Map<String, CapacityWork.Issue> items = new LinkedHashMap<>();
    for (CapacityWork.Issue i : work.openAssignedTo(everyone)) {
      items.put(i.issueKey(), i);
    }
    if (unassignedProject != null) {
      for (CapacityWork.Issue i : work.openUnassigned(unassignedProject)) {
        items.put(i.issueKey(), i);
      }
    }
    for (Change c : byIssue.values()) {
      if (!items.containsKey(c.issueKey())) {
        work.issue(c.issueKey())
            .filter(i -> guard.mayBrowse(i.projectKey()))
            .ifPresent(i -> items.put(i.issueKey(), i));
      }
    }
    // Only the work of projects the viewer may browse is load; the rest is computed apart, to be
    // counted as hidden.
    Map<String, Boolean> browse = new HashMap<>();
    List<CapacityWork.Issue> effective = new ArrayList<>();
    List<WorkItem> workItems = new ArrayList<>();
    List<WorkItem> hiddenItems = new ArrayList<>();
    for (CapacityWork.Issue i : items.values()) {
      if (!browse.computeIfAbsent(i.projectKey(), guard::mayBrowse)) {
        hiddenItems.add(
            new WorkItem(
                i.issueKey(),
                i.projectKey(),
                Optional.ofNullable(i.assignee()),
                Optional.ofNullable(i.start()),
                Optional.ofNullable(i.due()),
                Optional.ofNullable(i.remainingSeconds())));
        continue; // a what-if cannot move what the viewer may not browse
      }
      Change c = byIssue.get(i.issueKey());
      CapacityWork.Issue e = c == null ? i : withChange(i, c);
      if (e.assignee() != null && !everyone.contains(e.assignee())) {
        continue; // moved away by the what-if: no longer on these people
      }
      effective.add(e);
      workItems.add(
          new WorkItem(
              e.issueKey(),
              e.projectKey(),
              Optional.ofNullable(e.assignee()),
              Optional.ofNullable(e.start()),
              Optional.ofNullable(e.due()),
              Optional.ofNullable(e.remainingSeconds())));
    }
    Set<String> holders = new LinkedHashSet<>(calendarPeople);
    teams.forEach(t -> holders.add(t.key()));
    List<ExplicitAllocation> allocations = new ArrayList<>();
    List<ExplicitAllocation> hiddenAllocations = new ArrayList<>();
    for (ExplicitAllocation a : store.allocations(holders, first, last)) {
      (browse.computeIfAbsent(a.projectKey(), guard::mayBrowse) ? allocations : hiddenAllocations)
          .add(a);
    }
    List<Team> engineTeams = teams.stream().map(CapacityTeam::team).toList();
    AllocationResult result =
        new AllocationCalculator()
            .calculate(
                new CapacityInput(
                    first, last, people, engineTeams, holidays, workItems, allocations));
    AllocationResult hidden =
        hiddenItems.isEmpty() && hiddenAllocations.isEmpty()
            ? null
            : new AllocationCalculator()
                .calculate(
                    new CapacityInput(
                        first,
                        last,
                        people,
                        engineTeams,
                        holidays,
                        hiddenItems,
                        hiddenAllocations));
    List<LocalDate> columns = new ArrayList<>();
    for (int w = 0; w < weeks; w++) {
      columns.add(after(period, monday, w));
    }
    Map<String, List<StoredAbsence>> absences = new HashMap<>();
    for (Person p : plannedPeople.values()) {
      if (everyone.contains(p.key()) && !p.absences().isEmpty()) {
        absences.put(p.key(), store.absences(p.key(), monday, last));
      }
    }
    return new Computed(
        period,
        List.copyOf(columns),
        first,
        last,
        result,
        hidden,
        plannedPeople.keySet(),
        absences,
        effective);
  }

  private static CapacityWork.Issue withChange(CapacityWork.Issue i, Change c) {
    Change a = applied(c, i);
    return new CapacityWork.Issue(
        i.issueKey(),
        i.projectKey(),
        i.summary(),
        a.assignee(),
        a.start(),
        a.due(),
        i.remainingSeconds(),
        i.version());
  }

  private static Change applied(Change c, CapacityWork.Issue i) {
    return new Change(
        i.issueKey(),
        c.assignee() == null || c.assignee().isBlank() ? i.assignee() : c.assignee(),
        c.start() == null ? i.start() : c.start(),
        c.due() == null ? i.due() : c.due(),
        c.version());
  }

  private Row row(HostUser viewer, String key, Computed computed) {
    Optional<PersonLoad> load = computed.result().person(key);
    boolean personal = maySeePersonal(viewer, key);
    Map<LocalDate, LoadCell> byWeek =
        load.<Map<LocalDate, LoadCell>>map(l -> l.cells(computed.period())).orElse(Map.of());
    List<Cell> cells = new ArrayList<>();
    for (LocalDate week : computed.weeks()) {
      LoadCell cell = byWeek.getOrDefault(week, LoadCell.EMPTY);
      String absence = "";
      if (personal) {
        Set<String> kinds = new TreeSet<>();
        for (StoredAbsence a : computed.absences().getOrDefault(key, List.of())) {
          if (!a.last().isBefore(week) && !a.first().isAfter(bucketEnd(computed.period(), week))) {
            kinds.add(texts.text("lodestar.capacity.absence.kind." + a.kind().name()));
          }
        }
        absence = String.join(", ", kinds);
      }
      cells.add(new Cell(week, cell.capacitySeconds(), cell.allocatedSeconds(), absence));
    }
    return new Row(key, name(key), computed.planned().contains(key), cells);
  }

  private String name(String key) {
    return users.byKey(key).map(HostUser::displayName).orElse(key);
  }

  private static List<StatusCount> statusCounts(WorkSummary summary) {
    List<StatusCount> counts = new ArrayList<>();
    for (WorkStatus s : WorkStatus.values()) {
      counts.add(new StatusCount(s, summary.count(s), summary.seconds(s), summary.examples(s)));
    }
    return counts;
  }

  /** A computed allocation seen as the engine's {@link LoadView}, for its search. */
  private static final class Grid implements LoadView {
    private final List<String> keys;
    private final long[][] capacity;
    private final long[][] load;

    Grid(Collection<String> people, Computed computed) {
      keys = List.copyOf(people);
      int weeks = computed.weeks().size();
      capacity = new long[keys.size()][weeks];
      load = new long[keys.size()][weeks];
      for (int p = 0; p < keys.size(); p++) {
        Map<LocalDate, LoadCell> byWeek =
            computed
                .result()
                .person(keys.get(p))
                .<Map<LocalDate, LoadCell>>map(x -> x.cells(Period.ISO_WEEK))
                .orElse(Map.of());
        for (int w = 0; w < weeks; w++) {
          LoadCell c = byWeek.getOrDefault(computed.weeks().get(w), LoadCell.EMPTY);
          capacity[p][w] = c.capacitySeconds();
          load[p][w] = c.allocatedSeconds();
        }
      }
    }

    @Override
    public int people() {
      return keys.size();
    }

    @Override
    public int weeks() {
      return capacity.length == 0 ? 0 : capacity[0].length;
    }

    @Override
    public String personKey(int person) {
      return keys.get(person);
    }

    @Override
    public long capacity(int person, int week) {
      return capacity[person][week];
    }

    @Override
    public long load(int person, int week) {
      return load[person][week];
    }
  }
}
