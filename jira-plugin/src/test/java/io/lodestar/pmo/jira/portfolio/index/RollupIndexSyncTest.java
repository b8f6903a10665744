package io.lodestar.pmo.jira.portfolio.index;

import static io.lodestar.pmo.jira.portfolio.index.JiraRollupIndexTest.MOB;
import static io.lodestar.pmo.jira.portfolio.index.JiraRollupIndexTest.child;
import static io.lodestar.pmo.jira.portfolio.index.JiraRollupIndexTest.epic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.event.api.EventPublisher;
import com.atlassian.jira.cluster.ClusterMessagingService;
import com.atlassian.jira.event.issue.IssueEvent;
import com.atlassian.jira.event.type.EventType;
import com.atlassian.jira.issue.Issue;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.rollup.BucketFilter;
import io.lodestar.pmo.engine.rollup.StatusCategory;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

public class RollupIndexSyncTest {

  private FakeRollupIssueSource source;
  private JiraRollupIndex index;
  private EventPublisher events;
  private ClusterMessagingService messaging;
  private RollupIndexSync target;

  @Before
  public void setUp() {
    source = new FakeRollupIssueSource();
    PortfolioStore store = mock(PortfolioStore.class);
    when(store.list(0, PortfolioStore.MAX_LIST))
        .thenReturn(
            List.of(
                new PortfolioNode(
                    "DIGITAL",
                    PortfolioNodeKind.PORTFOLIO,
                    "Digital",
                    null,
                    "o",
                    "s",
                    "EUR",
                    PercentCompleteMethod.BY_COUNT,
                    List.of(new ProjectScope.JiraProject("MOB")),
                    1)));
    index =
        new JiraRollupIndex(
            store,
            key -> "MOB".equals(key) ? MOB : null,
            source,
            viewer -> new ViewerGrants.Grants(Set.of(), Set.of()),
            Clock.systemUTC());
    events = mock(EventPublisher.class);
    messaging = mock(ClusterMessagingService.class);
    target = new RollupIndexSync(index, source, events, messaging);
    source.put(epic(10, MOB, "Checkout"));
    source.put(child(11, MOB, null, 2.0));
    assertThat(target.buildNow()).isTrue();
  }

  private static IssueEvent event(long issueId, Long type) {
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn(issueId);
    return new IssueEvent(issue, type) {};
  }

  private long epicIssues() {
    return index.rollup("epic:K-10", BucketFilter.ALL).orElseThrow().issues();
  }

  @Test
  public void onIssueEvent_shouldApplyTheChangeWithItsSubTasks_andTellTheOtherNodes() {
    source.put(child(11, MOB, "K-10", 2.0));
    source.put(child(12, MOB, "K-10", 1.0)); // a sub-task of 11, created with it
    source.subTasks.put(11L, List.of(12L));

    target.onIssueEvent(event(11, EventType.ISSUE_UPDATED_ID));

    assertThat(epicIssues()).isEqualTo(2);
    verify(messaging).sendRemote(RollupIndexSync.CHANNEL, "U:11");
  }

  @Test
  public void onIssueEvent_shouldRemoveADeletedIssue_andTellTheOtherNodes() {
    target.onIssueEvent(event(11, EventType.ISSUE_DELETED_ID));

    assertThat(index.holds(11)).isFalse();
    verify(messaging).sendRemote(RollupIndexSync.CHANNEL, "D:11");
  }

  @Test
  public void receive_shouldApplyTheSameDelta_asTheNodeWhereTheChangeHappened() {
    source.put(child(11, MOB, "K-10", 2.0));

    target.receive(RollupIndexSync.CHANNEL, "U:11", "node-2");

    assertThat(epicIssues()).isEqualTo(1);
    verify(messaging, never()).sendRemote(anyString(), anyString());
  }

  @Test
  public void receive_shouldRemoveTheIssue_whenTheMessageNamesAnIssueThisNodeCannotFind() {
    source.issues.remove(11L); // deleted meanwhile

    target.receive(RollupIndexSync.CHANNEL, "U:11", "node-2");
    target.receive(RollupIndexSync.CHANNEL, "U:424242", "node-2"); // never existed

    assertThat(index.holds(11)).isFalse();
    assertThat(index.state().issues()).isEqualTo(1);
  }

  @Test
  public void receive_shouldIgnoreMalformedAndForeignMessages() {
    target.receive(RollupIndexSync.CHANNEL, "U:eleven", "node-2");
    target.receive(RollupIndexSync.CHANNEL, "X", "node-2");
    target.receive("OtherChannel", "D:11", "node-2");
    target.receive(RollupIndexSync.CHANNEL, null, "node-2");

    assertThat(index.holds(11)).isTrue();
  }

  @Test
  public void onIssueEvent_shouldNotThrowIntoJira_whenReadingTheIssueFails() {
    RollupIssueSource failing = mock(RollupIssueSource.class);
    when(failing.byId(11)).thenThrow(new IllegalStateException("database gone"));
    RollupIndexSync sync = new RollupIndexSync(index, failing, events, messaging);

    sync.onIssueEvent(event(11, EventType.ISSUE_UPDATED_ID));

    assertThat(index.holds(11)).isTrue();
  }

  @Test
  public void onStartAndOnStop_shouldRegisterAndUnregisterTheListenerAndTheConsumer() {
    target.onStart();
    target.onStop();

    verify(events).register(target);
    verify(messaging).registerListener(RollupIndexSync.CHANNEL, target);
    verify(events).unregister(target);
    verify(messaging).unregisterListener(RollupIndexSync.CHANNEL, target);
    assertThat(RollupIndexSync.CHANNEL).matches("[A-Za-z0-9]{1,20}");
  }

  @Test
  public void buildNow_shouldReportAFailedPage_andKeepTheIndexAnswering() {
    source.failPageAt = 0;

    assertThat(target.buildNow()).isFalse();
    assertThat(index.state().ready()).isTrue();
    assertThat(index.holds(10)).isTrue();
    assertThat(StatusCategory.values()).isNotEmpty();
  }
}
