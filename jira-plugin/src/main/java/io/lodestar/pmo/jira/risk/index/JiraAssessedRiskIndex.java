package io.lodestar.pmo.jira.risk.index;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.lodestar.pmo.engine.risk.RiskKind;
import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.register.HeatMap;
import io.lodestar.pmo.engine.risk.register.MaterialisedAssessment;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.register.RegisterSummary;
import io.lodestar.pmo.engine.risk.register.RegisterTally;
import io.lodestar.pmo.engine.risk.register.RegisterTally.Dimension;
import io.lodestar.pmo.engine.risk.register.RegisterTally.Entry;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.Cell;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.AssessmentStamp;
import io.lodestar.pmo.jira.risk.customfield.AssessmentFacet;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import io.lodestar.pmo.jira.risk.index.RiskIndexFields.Fields;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's {@link AssessedRiskIndex} on Jira's own search index: Lodestar's calculated fields
 * (score, owner key and the {@link AssessmentFacet}s) are indexed with every risk issue, so the
 * register's questions are JQL searches and counts ({@link RiskIndexJql}) run through {@link
 * SearchService} <b>as the viewer</b>: Jira's browse permission and issue security decide what is
 * counted and listed, and the hidden count is the same count with security overridden minus the
 * viewer's. A null viewer is the system (security overridden, hidden 0); a viewer key Jira does not
 * know sees nothing (everything hidden).
 *
 * <p><b>Searches per request</b>, independent of the project's risk count (each a Lucene query; no
 * issue is loaded except the page's):
 *
 * <ul>
 *   <li>{@link #window}: at most 4 — the page (for score and review date orders, the risks with a
 *       value first, then, when the page reaches past them, the ones without: a second search, or a
 *       count of them), the viewer's total and the system total;
 *   <li>{@link #topKeys}: 1 search with {@code maxResults = n};
 *   <li>{@link #heatMap}: {@code 2 × rows × columns + 2} counts (one per cell of each map, the
 *       viewer's total, the system total; unrated = total − Σ cells);
 *   <li>{@link #summary}: {@code bands + 10} — 5 status counts, 1 kind count, 1 per band of active
 *       risks, overdue, above appetite, the system total, and 1 search of the active risks with an
 *       EMV, at most {@value #MAX_EMV_RISKS} issues read (their EMVs summed; a project with more
 *       answers empty, and the service walks).
 * </ul>
 *
 * <p><b>Consistency.</b> Every answer is for an {@code AssessmentStamp}: the index answers only
 * when the project's risk issues were completely re-indexed with that stamp ({@link
 * RiskIndexStates}, stored cluster-wide). Otherwise it answers empty (the service walks, the page
 * says "recomputing N %") and asks {@link RiskReindexQueue} for the re-index, at most once per
 * {@value #ASK_AGAIN_AFTER_MS} ms while one is queued, never while one runs and reports, and not
 * within {@value #RETRY_FAILED_AFTER_MS} ms of a failed one. Issue edits between re-indexes need
 * nothing: Jira re-indexes an edited issue, computing its fields with the current settings.
 *
 * <p><b>Order.</b> Score and review-date orders are exactly {@code RegisterSort}'s (values, then
 * missing values last, ties by key ascending, whatever Jira does with empty values). Key order is
 * Jira's ({@code ORDER BY key}: project key, then number, as {@code IssueKeyOrder} within a
 * project). Title order is Jira's summary order then key, which may differ from the walk's
 * case-insensitive-then-case-sensitive order for titles differing only in case or accents.
 *
 * <p>It also answers empty when an admin has not created each of Lodestar's calculated fields
 * ({@link RiskIndexFields}), or a target-state cell is asked for (no field holds it).
 */
public final class JiraAssessedRiskIndex implements AssessedRiskIndex {

  /** Most active risks with an EMV whose EMVs a summary sums. */
  public static final int MAX_EMV_RISKS = 500;

  /** A queued rebuild is asked for again after this long without starting. */
  static final long ASK_AGAIN_AFTER_MS = 60_000;

  /** A running rebuild that has not reported for this long is taken for dead. */
  static final long STALE_AFTER_MS = 600_000;

  /** A failed rebuild is retried after this long. */
  static final long RETRY_FAILED_AFTER_MS = 300_000;

  private static final Logger LOG = LoggerFactory.getLogger(JiraAssessedRiskIndex.class);

  private final SearchService searchService;
  private final ProjectManager projectManager;
  private final JiraUsers users;
  private final RiskIndexFields fields;
  private final RiskIndexStates states;
  private final RiskProjectSettingsStore settingsStore;
  private final ScoringModelStore modelStore;
  private final IssueRiskAssessments assessments;
  private final RiskReindexQueue queue;
  private final LongSupplier clock;

  public JiraAssessedRiskIndex(
      SearchService searchService,
      ProjectManager projectManager,
      JiraUsers users,
      RiskIndexFields fields,
      RiskIndexStates states,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      IssueRiskAssessments assessments,
      RiskReindexQueue queue) {
    this(
        searchService,
        projectManager,
        users,
        fields,
        states,
        settingsStore,
        modelStore,
        assessments,
        queue,
        System::currentTimeMillis);
  }

  /**
   * @param clock wall-clock time in epoch milliseconds
   */
  JiraAssessedRiskIndex(
      SearchService searchService,
      ProjectManager projectManager,
      JiraUsers users,
      RiskIndexFields fields,
      RiskIndexStates states,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      IssueRiskAssessments assessments,
      RiskReindexQueue queue,
      LongSupplier clock) {
    this.searchService = Objects.requireNonNull(searchService, "searchService");
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
    this.users = Objects.requireNonNull(users, "users");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.states = Objects.requireNonNull(states, "states");
    this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
    this.modelStore = Objects.requireNonNull(modelStore, "modelStore");
    this.assessments = Objects.requireNonNull(assessments, "assessments");
    this.queue = Objects.requireNonNull(queue, "queue");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  // ------------------------------------------------------------------------------------ answers

  @Override
  public Progress progress(String projectKey, String stamp) {
    Optional<Scope> scope = scope(projectKey, stamp);
    if (scope.isEmpty()) {
      return Progress.CONSISTENT;
    }
    RiskIndexState state = states.get(scope.get().projectId());
    if (state.consistentFor(stamp)) {
      return Progress.CONSISTENT;
    }
    state = askForRebuild(scope.get(), state, stamp);
    return stamp.equals(state.target())
        ? new Progress(false, state.done(), state.total())
        : new Progress(false, 0, 0);
  }

  @Override
  public Optional<KeyWindow> window(
      String viewerKey,
      String projectKey,
      String stamp,
      RegisterFilter filter,
      RegisterSort sort,
      int startAt,
      int maxResults) {
    if (!RiskIndexJql.supports(filter) || startAt < 0 || maxResults < 1) {
      return Optional.empty();
    }
    return answer(
        viewerKey,
        projectKey,
        stamp,
        (s, v) -> {
          long system = v.system() ? -1 : s.countAll(s.base());
          if (!v.known()) {
            return new KeyWindow(List.of(), 0, 0, system);
          }
          int bandRank =
              filter.bandKey() == null
                  ? 0
                  : s.model().bands().byKey(filter.bandKey()).map(Band::rank).orElse(-1);
          String where = RiskIndexJql.filtered(s.base(), s.fields(), filter, bandRank);
          RiskIndexJql.Order order = RiskIndexJql.order(s.fields(), sort);
          SearchResults<Issue> first = s.search(v, order.first(where), startAt, maxResults);
          List<String> keys = keysOf(first);
          long matched = first.getTotal();
          if (order.split()) {
            int wanted = maxResults - keys.size();
            if (wanted > 0) {
              int from = (int) Math.max(0, startAt - (long) first.getTotal());
              SearchResults<Issue> second = s.search(v, order.second(where), from, wanted);
              keys.addAll(keysOf(second));
              matched += second.getTotal();
            } else {
              matched += s.count(v, order.missingWhere(where));
            }
          }
          long visible = where.equals(s.base()) ? matched : s.count(v, s.base());
          long hidden = v.system() ? 0 : Math.max(0, system - visible);
          return new KeyWindow(keys, matched, visible, hidden);
        });
  }

  @Override
  public Optional<List<String>> topKeys(String viewerKey, String projectKey, String stamp, int n) {
    return answer(
        viewerKey,
        projectKey,
        stamp,
        (s, v) -> {
          if (n <= 0 || !v.known()) {
            return List.<String>of();
          }
          return List.copyOf(
              keysOf(s.search(v, RiskIndexJql.worstFirst(s.base(), s.fields()), 0, n)));
        });
  }

  @Override
  public Optional<Tallied<HeatMap>> heatMap(
      String viewerKey, String projectKey, String stamp, int rows, int columns) {
    return answer(
        viewerKey,
        projectKey,
        stamp,
        (s, v) -> {
          long system = v.system() ? -1 : s.countAll(s.base());
          if (!v.known()) {
            return new Tallied<>(RegisterTally.heatMap(List.of(), rows, columns), system);
          }
          long total = s.count(v, s.base());
          List<Entry> entries = new ArrayList<>(2 * rows * columns + 3);
          entries.add(entry(Dimension.STATUS, RegisterTally.UNRATED, total));
          cells(
              s,
              v,
              AssessmentFacet.INHERENT_CELL,
              Dimension.INHERENT_CELL,
              rows,
              columns,
              total,
              entries);
          cells(
              s,
              v,
              AssessmentFacet.RESIDUAL_CELL,
              Dimension.RESIDUAL_CELL,
              rows,
              columns,
              total,
              entries);
          return new Tallied<>(
              RegisterTally.heatMap(entries, rows, columns),
              v.system() ? 0 : Math.max(0, system - total));
        });
  }

  @Override
  public Optional<RegisterSummary> summary(
      String viewerKey, String projectKey, String stamp, LocalDate asOf) {
    return answer(
            viewerKey,
            projectKey,
            stamp,
            (s, v) -> {
              long system = v.system() ? -1 : s.countAll(s.base());
              if (!v.known()) {
                return Optional.of(RegisterTally.summary(List.of(), asOf, system));
              }
              Optional<List<Entry>> emv = emvEntries(s, v);
              if (emv.isEmpty()) {
                return Optional.<RegisterSummary>empty();
              }
              Fields f = s.fields();
              List<Entry> entries = new ArrayList<>(emv.get());
              long total = 0;
              long active = 0;
              for (RiskStatus status : RiskStatus.values()) {
                long n =
                    s.count(
                        v,
                        s.base()
                            + " AND "
                            + RiskIndexJql.eq(
                                f.of(AssessmentFacet.STATUS), AssessmentFacet.statusCode(status)));
                entries.add(entry(Dimension.STATUS, status.name(), n));
                total += n;
                active += RiskIndexJql.ACTIVE.contains(status) ? n : 0;
              }
              long threats =
                  s.count(
                      v,
                      s.base()
                          + " AND "
                          + RiskIndexJql.eq(
                              f.of(AssessmentFacet.KIND),
                              AssessmentFacet.kindCode(RiskKind.THREAT)));
              entries.add(entry(Dimension.KIND, RiskKind.THREAT.name(), threats));
              entries.add(entry(Dimension.KIND, RiskKind.OPPORTUNITY.name(), total - threats));
              String activeWhere =
                  s.base() + " AND " + RiskIndexJql.statusIn(f, RiskIndexJql.ACTIVE);
              long banded = 0;
              for (Band band : s.model().bands().bands()) {
                long n =
                    s.count(
                        v,
                        activeWhere
                            + " AND "
                            + RiskIndexJql.eq(f.of(AssessmentFacet.BAND_RANK), band.rank()));
                entries.add(entry(Dimension.ACTIVE_BAND, band.key(), n));
                banded += n;
              }
              entries.add(entry(Dimension.ACTIVE_BAND, RegisterTally.UNRATED, active - banded));
              long overdue = s.count(v, s.base() + " AND " + RiskIndexJql.overdue(f, asOf));
              // One review-date bucket before asOf stands for every overdue review date.
              entries.add(
                  entry(Dimension.ACTIVE_REVIEW_DATE, asOf.minusDays(1).toString(), overdue));
              long above =
                  s.count(
                      v,
                      activeWhere
                          + " AND "
                          + RiskIndexJql.eq(f.of(AssessmentFacet.ABOVE_APPETITE), 1));
              entries.add(entry(Dimension.ACTIVE_ABOVE_APPETITE, RegisterTally.UNRATED, above));
              return Optional.of(
                  RegisterTally.summary(
                      entries, asOf, v.system() ? 0 : Math.max(0, system - total)));
            })
        .flatMap(o -> o);
  }

  // ------------------------------------------------------------------------------------ helpers

  /** EMV entries from one bounded search; empty when more risks have an EMV than are summed. */
  private Optional<List<Entry>> emvEntries(Scope s, Viewer v) {
    String jql =
        s.base()
            + " AND "
            + RiskIndexJql.statusIn(s.fields(), RiskIndexJql.ACTIVE)
            + " AND "
            + s.fields().of(AssessmentFacet.EMV)
            + " is not EMPTY ORDER BY key ASC";
    SearchResults<Issue> found = s.search(v, jql, 0, MAX_EMV_RISKS);
    if (found.getTotal() > MAX_EMV_RISKS) {
      return Optional.empty();
    }
    BigDecimal threat = BigDecimal.ZERO;
    BigDecimal opportunity = BigDecimal.ZERO;
    long threats = 0;
    long opportunities = 0;
    for (Issue issue : found.getResults()) {
      Optional<MaterialisedAssessment> risk = assessments.assess(issue).map(a -> a.materialised());
      if (risk.isEmpty() || risk.get().emv() == null || !risk.get().status().isActive()) {
        continue;
      }
      if (risk.get().kind() == RiskKind.THREAT) {
        threat = threat.add(risk.get().emv());
        threats++;
      } else {
        opportunity = opportunity.add(risk.get().emv());
        opportunities++;
      }
    }
    List<Entry> entries = new ArrayList<>(2);
    if (threats > 0) {
      entries.add(new Entry(Dimension.ACTIVE_EMV, RiskKind.THREAT.name(), threats, threat));
    }
    if (opportunities > 0) {
      entries.add(
          new Entry(Dimension.ACTIVE_EMV, RiskKind.OPPORTUNITY.name(), opportunities, opportunity));
    }
    return Optional.of(entries);
  }

  private static void cells(
      Scope s,
      Viewer v,
      AssessmentFacet facet,
      Dimension dimension,
      int rows,
      int columns,
      long total,
      List<Entry> entries) {
    long inCells = 0;
    for (int p = 1; p <= rows; p++) {
      for (int i = 1; i <= columns; i++) {
        Cell cell = Cell.of(p, i);
        long n =
            s.count(
                v,
                s.base()
                    + " AND "
                    + RiskIndexJql.eq(s.fields().of(facet), AssessmentFacet.cellCode(cell)));
        entries.add(entry(dimension, RegisterTally.cellBucket(cell), n));
        inCells += n;
      }
    }
    entries.add(entry(dimension, RegisterTally.UNRATED, Math.max(0, total - inCells)));
  }

  private static Entry entry(Dimension dimension, String bucket, long count) {
    return new Entry(dimension, bucket, count, BigDecimal.ZERO);
  }

  private static List<String> keysOf(SearchResults<Issue> results) {
    List<String> keys = new ArrayList<>(results.getResults().size());
    for (Issue issue : results.getResults()) {
      keys.add(issue.getKey());
    }
    return keys;
  }

  /** A question to the index, asked once its scope is known to be consistent. */
  private interface Question<T> {
    T ask(Scope scope, Viewer viewer);
  }

  private <T> Optional<T> answer(
      String viewerKey, String projectKey, String stamp, Question<T> question) {
    Optional<Scope> scope = scope(projectKey, stamp);
    if (scope.isEmpty()) {
      return Optional.empty();
    }
    RiskIndexState state = states.get(scope.get().projectId());
    if (!state.consistentFor(stamp)) {
      askForRebuild(scope.get(), state, stamp);
      return Optional.empty();
    }
    Viewer viewer;
    if (viewerKey == null) {
      viewer = new Viewer(null, true, true);
    } else {
      Optional<ApplicationUser> user = users.byKey(viewerKey);
      viewer = new Viewer(user.orElse(null), false, user.isPresent());
    }
    try {
      return Optional.of(question.ask(scope.get(), viewer));
    } catch (Unanswerable e) {
      LOG.warn("Lodestar: the risk index of {} cannot answer: {}", projectKey, e.getMessage());
      return Optional.empty();
    }
  }

  /** What the project's questions are asked with; empty when the index cannot answer at all. */
  private Optional<Scope> scope(String projectKey, String stamp) {
    Project project = projectManager.getProjectObjByKeyIgnoreCase(projectKey);
    if (project == null || project.getId() == null) {
      return Optional.empty();
    }
    Optional<Fields> found = fields.find();
    Optional<RiskProjectSettings> settings = settingsStore.effective(projectKey);
    if (found.isEmpty() || settings.isEmpty()) {
      return Optional.empty();
    }
    Optional<ScoringModel> model = modelStore.find(settings.get().modelId());
    if (model.isEmpty()
        || settings.get().mapping().riskIssueTypeIds().isEmpty()
        || !AssessmentStamp.of(settings.get(), model.get()).equals(stamp)) {
      return Optional.empty();
    }
    return Optional.of(
        new Scope(
            project.getId(),
            project.getKey(),
            model.get(),
            found.get(),
            RiskIndexJql.risks(project.getId(), settings.get().mapping().riskIssueTypeIds())));
  }

  private RiskIndexState askForRebuild(Scope scope, RiskIndexState state, String stamp) {
    long now = clock.getAsLong();
    if (stamp.equals(state.target())) {
      if (state.running() && now - state.heartbeat() < STALE_AFTER_MS) {
        return state;
      }
      if (!state.running() && now - state.requestedAt() < ASK_AGAIN_AFTER_MS) {
        return state;
      }
      if (state.failedAt() > 0 && now - state.failedAt() < RETRY_FAILED_AFTER_MS) {
        return state;
      }
    }
    RiskIndexState requested = states.update(scope.projectId(), s -> s.requested(stamp, now));
    queue.request(scope.projectKey());
    return requested;
  }

  private record Viewer(ApplicationUser user, boolean system, boolean known) {}

  /** A search the index cannot run (JQL refused, e.g. a field the viewer may not see). */
  private static final class Unanswerable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unanswerable(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** One consistent project and the searches of its questions. */
  private final class Scope {
    private final long projectId;
    private final String projectKey;
    private final ScoringModel model;
    private final Fields fields;
    private final String base;

    Scope(long projectId, String projectKey, ScoringModel model, Fields fields, String base) {
      this.projectId = projectId;
      this.projectKey = projectKey;
      this.model = model;
      this.fields = fields;
      this.base = base;
    }

    long projectId() {
      return projectId;
    }

    String projectKey() {
      return projectKey;
    }

    ScoringModel model() {
      return model;
    }

    Fields fields() {
      return fields;
    }

    String base() {
      return base;
    }

    SearchResults<Issue> search(Viewer v, String jql, int startAt, int max) {
      Query query = parse(v.user(), jql);
      PagerFilter<Issue> pager = new PagerFilter<>(startAt, max);
      try {
        return v.system()
            ? searchService.searchOverrideSecurity(null, query, pager)
            : searchService.search(v.user(), query, pager);
      } catch (SearchException e) {
        throw new Unanswerable(jql, e);
      }
    }

    long count(Viewer v, String jql) {
      Query query = parse(v.user(), jql);
      try {
        return v.system()
            ? searchService.searchCountOverrideSecurity(null, query)
            : searchService.searchCount(v.user(), query);
      } catch (SearchException e) {
        throw new Unanswerable(jql, e);
      }
    }

    /** Every risk of {@code jql} whatever the viewer may see: for hidden counts. */
    long countAll(String jql) {
      Query query = parse(null, jql);
      try {
        return searchService.searchCountOverrideSecurity(null, query);
      } catch (SearchException e) {
        throw new Unanswerable(jql, e);
      }
    }

    private Query parse(ApplicationUser user, String jql) {
      SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
      if (parsed == null || !parsed.isValid() || parsed.getQuery() == null) {
        throw new Unanswerable(
            "JQL refused: " + jql + (parsed == null ? "" : " " + parsed.getErrors()), null);
      }
      return parsed.getQuery();
    }
  }
}
