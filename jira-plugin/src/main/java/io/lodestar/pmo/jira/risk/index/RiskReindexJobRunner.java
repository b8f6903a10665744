package io.lodestar.pmo.jira.risk.index;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.AssessmentStamp;
import io.lodestar.pmo.jira.risk.customfield.AssessmentFacet;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-indexes the risk issues of one project (the job parameter {@value
 * ScheduledRiskReindexQueue#PROJECT_KEY}) so that Lodestar's calculated fields in Jira's search
 * index hold the values of the project's current settings and model, and then stores that {@code
 * AssessmentStamp} as built ({@link RiskIndexStates}).
 *
 * <ul>
 *   <li><b>Batches</b>: the risk issues are paged through a search as the system ({@code project =
 *       id AND issuetype in (...) [AND issuekey > last] ORDER BY key ASC}, {@value #BATCH} at a
 *       time, never the unlimited pager) and each batch re-indexed with {@code
 *       IssueIndexingService.reIndexIssueObjects}; after each batch the progress is stored
 *       cluster-wide, cancellation is honoured and the settings are checked again.
 *   <li><b>Once per cluster</b>: besides the scheduler's run-once-per-cluster job, the run holds
 *       the cluster lock {@code io.lodestar.pmo.risk.reindex.<projectId>}; a run that cannot take
 *       it at once ends (another node is doing the work).
 *   <li><b>Stamp only on completion</b>: the built stamp changes only after the last batch, and
 *       only when the settings and model still have the stamp the run started with; a failure, a
 *       cancellation or a change meanwhile leaves the old built stamp (so the index never answers
 *       from half-rebuilt values), and a change asks for a new run.
 *   <li><b>Checked</b>: before storing the stamp, one count makes sure that no risk issue of the
 *       project lacks the status code field in the index (as when the project is outside the
 *       context of Lodestar's index fields); otherwise the run fails and the register keeps
 *       walking.
 *   <li>The stamp stored as built is always the run's own: when the stored target has moved on to a
 *       newer stamp meanwhile, the run stops without storing it and asks again.
 *   <li>Before the first batch the run waits {@link IssueRiskAssessments#REVALIDATE_AFTER}, the
 *       longest a node's field memo may still hold the previous settings.
 * </ul>
 */
public final class RiskReindexJobRunner implements JobRunner {

  /** Risk issues per search and re-index call. */
  public static final int BATCH = 200;

  private static final Logger LOG = LoggerFactory.getLogger(RiskReindexJobRunner.class);

  /** Pauses the run; {@link Thread#sleep} in production. */
  interface Pause {
    void pause(long millis) throws InterruptedException;
  }

  private final ProjectManager projectManager;
  private final IssueManager issueManager;
  private final SearchService searchService;
  private final IssueIndexingService indexingService;
  private final ClusterLockService lockService;
  private final RiskProjectSettingsStore settingsStore;
  private final ScoringModelStore modelStore;
  private final RiskIndexStates states;
  private final RiskIndexFields fields;
  private final RiskReindexQueue again;
  private final LongSupplier clock;
  private final Pause pause;

  public RiskReindexJobRunner(
      ProjectManager projectManager,
      IssueManager issueManager,
      SearchService searchService,
      IssueIndexingService indexingService,
      ClusterLockService lockService,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      RiskIndexStates states,
      RiskIndexFields fields,
      RiskReindexQueue again) {
    this(
        projectManager,
        issueManager,
        searchService,
        indexingService,
        lockService,
        settingsStore,
        modelStore,
        states,
        fields,
        again,
        System::currentTimeMillis,
        Thread::sleep);
  }

  RiskReindexJobRunner(
      ProjectManager projectManager,
      IssueManager issueManager,
      SearchService searchService,
      IssueIndexingService indexingService,
      ClusterLockService lockService,
      RiskProjectSettingsStore settingsStore,
      ScoringModelStore modelStore,
      RiskIndexStates states,
      RiskIndexFields fields,
      RiskReindexQueue again,
      LongSupplier clock,
      Pause pause) {
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
    this.issueManager = Objects.requireNonNull(issueManager, "issueManager");
    this.searchService = Objects.requireNonNull(searchService, "searchService");
    this.indexingService = Objects.requireNonNull(indexingService, "indexingService");
    this.lockService = Objects.requireNonNull(lockService, "lockService");
    this.settingsStore = Objects.requireNonNull(settingsStore, "settingsStore");
    this.modelStore = Objects.requireNonNull(modelStore, "modelStore");
    this.states = Objects.requireNonNull(states, "states");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.again = Objects.requireNonNull(again, "again");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pause = Objects.requireNonNull(pause, "pause");
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    Serializable parameter =
        request.getJobConfig() == null
            ? null
            : request.getJobConfig().getParameters().get(ScheduledRiskReindexQueue.PROJECT_KEY);
    if (!(parameter instanceof String projectKey)) {
      return JobRunnerResponse.failed("no project key");
    }
    Project project = projectManager.getProjectObjByKeyIgnoreCase(projectKey);
    if (project == null || project.getId() == null) {
      return JobRunnerResponse.success("project " + projectKey + " no longer exists");
    }
    long projectId = project.getId();
    Optional<Basis> basis = basis(projectKey);
    if (basis.isEmpty()) {
      return JobRunnerResponse.success("project " + projectKey + " has no risk settings");
    }
    String target = basis.get().stamp();
    if (states.get(projectId).consistentFor(target)) {
      return JobRunnerResponse.success("already built");
    }
    ClusterLock lock = lockService.getLockForName("io.lodestar.pmo.risk.reindex." + projectId);
    if (!lock.tryLock()) {
      return JobRunnerResponse.aborted("another node re-indexes " + projectKey);
    }
    try {
      return rebuild(request, project, basis.get());
    } catch (Exception | LinkageError e) {
      states.update(projectId, s -> s.failed(clock.getAsLong()));
      LOG.error("Lodestar: re-indexing the risks of {} failed", projectKey, e);
      return JobRunnerResponse.failed(e);
    } finally {
      lock.unlock();
    }
  }

  private JobRunnerResponse rebuild(JobRunnerRequest request, Project project, Basis basis)
      throws Exception {
    long projectId = project.getId();
    String base = RiskIndexJql.risks(projectId, basis.settings().mapping().riskIssueTypeIds());
    long total = searchService.searchCountOverrideSecurity(null, parse(base));
    states.update(projectId, s -> s.started(basis.stamp(), total, clock.getAsLong()));
    pause.pause(IssueRiskAssessments.REVALIDATE_AFTER.toMillis());
    String last = null;
    long done = 0;
    while (true) {
      if (request.isCancellationRequested()) {
        states.update(projectId, s -> s.stopped(clock.getAsLong()));
        return JobRunnerResponse.aborted("cancelled after " + done + " risks");
      }
      SearchResults<Issue> batch =
          searchService.searchOverrideSecurity(
              null, parse(RiskIndexJql.after(base, last)), new PagerFilter<>(0, BATCH));
      List<Issue> found = batch.getResults();
      if (found.isEmpty()) {
        break;
      }
      // Search results may be built from the index documents; the issues are re-indexed as
      // loaded from the database, so that every field is computed from the stored values.
      List<Long> ids = new ArrayList<>(found.size());
      found.forEach(i -> ids.add(i.getId()));
      indexingService.reIndexIssueObjects(issueManager.getIssueObjects(ids));
      done += found.size();
      last = found.get(found.size() - 1).getKey();
      long reported = done;
      states.update(projectId, s -> s.progressed(reported, clock.getAsLong()));
      Optional<Basis> now = basis(project.getKey());
      if (now.isEmpty() || !now.get().stamp().equals(basis.stamp())) {
        states.update(projectId, s -> s.stopped(clock.getAsLong()));
        again.request(project.getKey());
        return JobRunnerResponse.aborted("settings changed; re-index requested again");
      }
      if (found.size() < BATCH) {
        break;
      }
    }
    Optional<Basis> end = basis(project.getKey());
    if (end.isEmpty() || !end.get().stamp().equals(basis.stamp())) {
      states.update(projectId, s -> s.stopped(clock.getAsLong()));
      again.request(project.getKey());
      return JobRunnerResponse.aborted("settings changed; re-index requested again");
    }
    Optional<RiskIndexFields.Fields> found = fields.find();
    if (found.isPresent()) {
      long unindexed =
          searchService.searchCountOverrideSecurity(
              null, parse(base + " AND " + found.get().of(AssessmentFacet.STATUS) + " is EMPTY"));
      if (unindexed > 0) {
        states.update(projectId, s -> s.failed(clock.getAsLong()));
        LOG.error(
            "Lodestar: {} risk issues of {} have no risk status code in the search index after"
                + " re-indexing; is the project in the context of Lodestar's index fields?",
            unindexed,
            project.getKey());
        return JobRunnerResponse.failed(
            unindexed + " risk issues have no Lodestar risk status code in the index");
      }
    }
    // The stored target may have moved on (another node asked for a newer stamp after the last
    // check): this run built its own stamp only, so it must not mark the newer one as built.
    RiskIndexState stored =
        states.update(
            projectId,
            s ->
                basis.stamp().equals(s.target())
                    ? s.completed(clock.getAsLong())
                    : s.stopped(clock.getAsLong()));
    if (!basis.stamp().equals(stored.built())) {
      again.request(project.getKey());
      return JobRunnerResponse.aborted("a newer re-index was requested meanwhile");
    }
    return JobRunnerResponse.success("re-indexed " + done + " risks");
  }

  private Query parse(String jql) {
    SearchService.ParseResult parsed = searchService.parseQuery(null, jql);
    if (parsed == null || !parsed.isValid() || parsed.getQuery() == null) {
      throw new IllegalStateException("JQL refused: " + jql);
    }
    return parsed.getQuery();
  }

  private record Basis(RiskProjectSettings settings, ScoringModel model, String stamp) {}

  private Optional<Basis> basis(String projectKey) {
    Optional<RiskProjectSettings> settings = settingsStore.effective(projectKey);
    if (settings.isEmpty() || settings.get().mapping().riskIssueTypeIds().isEmpty()) {
      return Optional.empty();
    }
    return modelStore
        .find(settings.get().modelId())
        .map(m -> new Basis(settings.get(), m, AssessmentStamp.of(settings.get(), m)));
  }
}
