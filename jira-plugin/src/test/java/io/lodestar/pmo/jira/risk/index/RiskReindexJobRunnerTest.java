package io.lodestar.pmo.jira.risk.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.index.IndexException;
import com.atlassian.jira.issue.index.IssueIndexingService;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.FormulaModel;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.risk.service.AssessmentStamp;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class RiskReindexJobRunnerTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private ProjectManager projectManager;
  @Mock private IssueManager issueManager;
  @Mock private IssueIndexingService indexingService;
  @Mock private RiskProjectSettingsStore settingsStore;
  @Mock private ScoringModelStore modelStore;
  @Mock private RiskReindexQueue queue;
  @Mock private JobRunnerRequest request;
  @Mock private CustomFieldManager customFieldManager;

  private final FakeJiraSearch search = new FakeJiraSearch();
  private final InMemoryClusterLockService locks = new InMemoryClusterLockService();
  private final RiskIndexStates states = new RiskIndexStates(new InMemorySettingRows());
  private final AtomicLong now = new AtomicLong(5_000);
  private final List<Long> pauses = new ArrayList<>();
  private final List<List<String>> batches = new ArrayList<>();
  private final ScoringModel model = FormulaModel.pmbokDefault().withIdentity(7, 1);
  private final RiskFieldMapping mapping =
      RiskFieldMapping.builder()
          .riskIssueTypeIds(Set.of("10500"))
          .inherent(RatingFieldIds.of("customfield_1", ImpactDimension.COST, "customfield_2"))
          .build();
  private final RiskProjectSettings settings = RiskProjectSettings.of(7, mapping, null);
  private final String stamp = AssessmentStamp.of(settings, model);
  private static final String OLD = "a".repeat(64);

  private RiskReindexJobRunner target;

  @Before
  public void setUp() throws Exception {
    Project alpha = mock(Project.class);
    when(alpha.getId()).thenReturn(10000L);
    when(alpha.getKey()).thenReturn("ALPHA");
    when(projectManager.getProjectObjByKeyIgnoreCase("ALPHA")).thenReturn(alpha);
    when(settingsStore.effective("ALPHA")).thenReturn(Optional.of(settings));
    when(modelStore.find(7)).thenReturn(Optional.of(model));
    when(request.getJobConfig()).thenReturn(ScheduledRiskReindexQueue.jobConfig("ALPHA"));
    doAnswer(
            inv -> {
              Collection<Issue> issues = inv.getArgument(0);
              batches.add(issues.stream().map(Issue::getKey).toList());
              return 1L;
            })
        .when(indexingService)
        .reIndexIssueObjects(anyCollection());
    // the database's issues by id: the fake search's issues carry the id n of key ALPHA-n
    when(issueManager.getIssueObjects(anyCollection()))
        .thenAnswer(
            inv -> {
              Collection<Long> ids = inv.getArgument(0);
              List<Issue> loaded = new ArrayList<>();
              for (Long id : ids) {
                Issue issue = mock(Issue.class);
                when(issue.getKey()).thenReturn("ALPHA-" + id);
                loaded.add(issue);
              }
              return loaded;
            });
    states.update(10000L, s -> new RiskIndexState(OLD, OLD, 0, 0, false, 0, 0, 0));
    target =
        new RiskReindexJobRunner(
            projectManager,
            issueManager,
            search,
            indexingService,
            locks,
            settingsStore,
            modelStore,
            states,
            new RiskIndexFields(customFieldManager),
            queue,
            now::get,
            pauses::add);
  }

  private void risks(int n) {
    for (int i = 1; i <= n; i++) {
      search.docs.add(
          new FakeJiraSearch.Doc("ALPHA-" + i, Map.of("project", 10000, "issuetype", 10500)));
    }
    search.docs.add(new FakeJiraSearch.Doc("ALPHA-9999", Map.of("project", 10000, "issuetype", 1)));
    search.docs.add(new FakeJiraSearch.Doc("BETA-1", Map.of("project", 10001, "issuetype", 10500)));
  }

  @Test
  public void runJob_shouldReindexEveryRiskInBatchesAndStoreTheStamp_whenItCompletes() {
    // given
    risks(450);

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    assertThat(response).isEqualTo(JobRunnerResponse.success("re-indexed 450 risks"));
    assertThat(batches).extracting(List::size).containsExactly(200, 200, 50);
    assertThat(batches.get(1).get(0)).isEqualTo("ALPHA-201");
    assertThat(batches.stream().flatMap(List::stream).distinct().count()).isEqualTo(450);
    RiskIndexState state = states.get(10000L);
    assertThat(state.built()).isEqualTo(stamp);
    assertThat(state.running()).isFalse();
    assertThat(state.done()).isEqualTo(450);
    assertThat(state.total()).isEqualTo(450);
    assertThat(pauses).containsExactly(1000L);
    assertThat(search.calls)
        .allSatisfy(c -> assertThat(c.kind()).isIn("searchAll", "countAll"))
        .filteredOn(c -> c.kind().equals("searchAll"))
        .allSatisfy(c -> assertThat(c.max()).isEqualTo(RiskReindexJobRunner.BATCH));
  }

  @Test
  public void runJob_shouldStoreProgressAfterEachBatch_whileRunning() throws Exception {
    // given
    risks(450);
    List<RiskIndexState> seen = new ArrayList<>();
    doAnswer(
            inv -> {
              seen.add(states.get(10000L));
              Collection<Issue> issues = inv.getArgument(0);
              batches.add(issues.stream().map(Issue::getKey).toList());
              return 1L;
            })
        .when(indexingService)
        .reIndexIssueObjects(anyCollection());

    // when
    target.runJob(request);

    // then: while running, the old stamp stays built and the progress grows
    assertThat(seen).extracting(RiskIndexState::done).containsExactly(0L, 200L, 400L);
    assertThat(seen).allSatisfy(s -> assertThat(s.built()).isEqualTo(OLD));
    assertThat(seen).allSatisfy(s -> assertThat(s.running()).isTrue());
    assertThat(seen).allSatisfy(s -> assertThat(s.total()).isEqualTo(450));
  }

  @Test
  public void runJob_shouldKeepTheOldStampAndRecordTheFailure_whenABatchFails() throws Exception {
    // given
    risks(450);
    doAnswer(
            inv -> {
              if (!batches.isEmpty()) {
                throw new IndexException("disk full");
              }
              batches.add(List.of("first"));
              return 1L;
            })
        .when(indexingService)
        .reIndexIssueObjects(anyCollection());

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    assertThat(response.getMessage()).contains("disk full");
    RiskIndexState state = states.get(10000L);
    assertThat(state.built()).isEqualTo(OLD);
    assertThat(state.failedAt()).isEqualTo(now.get());
    assertThat(state.running()).isFalse();
    assertThat(state.done()).isEqualTo(200);
    assertThat(locks.isLocked("io.lodestar.pmo.risk.reindex.10000")).isFalse();
  }

  @Test
  public void runJob_shouldNotStoreTheStampAndAskAgain_whenTheSettingsChangeMeanwhile()
      throws Exception {
    // given
    risks(450);
    RiskProjectSettings changed = RiskProjectSettings.of(7, mapping, "high");
    doAnswer(
            inv -> {
              batches.add(List.of("batch"));
              when(settingsStore.effective("ALPHA")).thenReturn(Optional.of(changed));
              return 1L;
            })
        .when(indexingService)
        .reIndexIssueObjects(anyCollection());

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    assertThat(response.getMessage()).contains("settings changed");
    assertThat(batches).hasSize(1);
    assertThat(states.get(10000L).built()).isEqualTo(OLD);
    verify(queue).request("ALPHA");
  }

  @Test
  public void runJob_shouldNotStoreTheNewerTarget_whenANewerRebuildIsRequestedAfterTheLastCheck()
      throws Exception {
    // given a request for a newer stamp stored by another node after the run's last settings
    // check (while it looks up the index fields)
    risks(3);
    String newer = "b".repeat(64);
    when(customFieldManager.getCustomFieldObjects())
        .thenAnswer(
            inv -> {
              states.update(10000L, s -> s.requested(newer, now.get()));
              return List.of();
            });

    // when
    target.runJob(request);

    // then the newer stamp, which this run did not build, is never stored as built
    RiskIndexState state = states.get(10000L);
    assertThat(state.built()).isNotEqualTo(newer);
    assertThat(state.target()).isEqualTo(newer);
    assertThat(state.running()).isFalse();
    verify(queue).request("ALPHA");
  }

  @Test
  public void runJob_shouldStopWithoutTheStamp_whenCancelled() throws Exception {
    // given
    risks(450);
    when(request.isCancellationRequested()).thenReturn(false, true);

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    assertThat(response.getMessage()).contains("cancelled after 200");
    assertThat(states.get(10000L).built()).isEqualTo(OLD);
    assertThat(states.get(10000L).running()).isFalse();
  }

  @Test
  public void runJob_shouldDoNothing_whenAlreadyBuiltForTheCurrentStamp() throws Exception {
    // given
    risks(10);
    states.update(10000L, s -> new RiskIndexState(stamp, stamp, 10, 10, false, 0, 0, 0));

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    assertThat(response).isEqualTo(JobRunnerResponse.success("already built"));
    verify(indexingService, never()).reIndexIssueObjects(anyCollection());
  }

  @Test
  public void runJob_shouldLeaveTheWorkToTheOtherNode_whenItHoldsTheProjectLock() throws Exception {
    // given another node holds the project's lock
    risks(10);
    CountDownLatch held = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    Thread other =
        new Thread(
            () -> {
              locks.holdOnThisThread("io.lodestar.pmo.risk.reindex.10000");
              held.countDown();
              try {
                done.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              locks.getLockForName("io.lodestar.pmo.risk.reindex.10000").unlock();
            });
    other.start();
    held.await();

    // when
    JobRunnerResponse response = target.runJob(request);
    done.countDown();
    other.join();

    // then
    assertThat(response.getMessage()).contains("another node");
    verify(indexingService, never()).reIndexIssueObjects(anyCollection());
    assertThat(states.get(10000L).built()).isEqualTo(OLD);
  }

  @Test
  public void runJob_shouldFail_whenTheJobNamesNoProject() {
    // given
    when(request.getJobConfig()).thenReturn(JobConfig.forJobRunnerKey(RiskReindexJob.RUNNER_KEY));

    // when / then
    assertThat(target.runJob(request)).isEqualTo(JobRunnerResponse.failed("no project key"));
  }

  @Test
  public void runJob_shouldFailWithoutTheStamp_whenRiskIssuesHaveNoStatusCodeInTheIndex()
      throws Exception {
    // given every index field exists (status code cf[3]), but no risk issue holds a value for it,
    // as when the project is outside the fields' context
    risks(3);
    List<com.atlassian.jira.issue.fields.CustomField> all = new ArrayList<>();
    IndexFieldsAsCreated.fields(all);
    when(customFieldManager.getCustomFieldObjects()).thenReturn(all);

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    assertThat(response.getMessage()).contains("3 risk issues have no Lodestar risk status code");
    assertThat(states.get(10000L).built()).isEqualTo(OLD);
    assertThat(states.get(10000L).failedAt()).isEqualTo(now.get());
  }

  @Test
  public void runJob_shouldStoreTheStamp_whenEveryRiskHoldsItsStatusCodeInTheIndex() {
    // given
    for (int i = 1; i <= 3; i++) {
      search.docs.add(
          new FakeJiraSearch.Doc(
              "ALPHA-" + i, Map.of("project", 10000, "issuetype", 10500, "cf[3]", 1.0)));
    }
    List<com.atlassian.jira.issue.fields.CustomField> all = new ArrayList<>();
    IndexFieldsAsCreated.fields(all);
    when(customFieldManager.getCustomFieldObjects()).thenReturn(all);

    // when
    JobRunnerResponse response = target.runJob(request);

    // then
    assertThat(response).isEqualTo(JobRunnerResponse.success("re-indexed 3 risks"));
    assertThat(states.get(10000L).built()).isEqualTo(stamp);
    assertThat(search.calls).anySatisfy(c -> assertThat(c.jql()).endsWith("AND cf[3] is EMPTY"));
  }
}
