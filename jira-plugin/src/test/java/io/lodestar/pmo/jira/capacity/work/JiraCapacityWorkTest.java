package io.lodestar.pmo.jira.capacity.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.lodestar.pmo.app.capacity.port.CapacityWork;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class JiraCapacityWorkTest {

  private SearchService search;
  private JiraAuthenticationContext authentication;
  private UserManager users;
  private CustomFieldManager fields;
  private ApplicationUser viewer;
  private CustomField startField;
  private JiraCapacityWork target;
  private final List<String> parsed = new ArrayList<>();

  @Before
  public void setUp() {
    search = mock(SearchService.class);
    authentication = mock(JiraAuthenticationContext.class);
    users = mock(UserManager.class);
    fields = mock(CustomFieldManager.class);
    viewer = user("viewer-key", "viewer");
    when(authentication.getLoggedInUser()).thenReturn(viewer);
    startField = mock(CustomField.class);
    when(fields.getCustomFieldObjectsByName("Start date")).thenReturn(List.of(startField));
    when(search.parseQuery(any(), anyString()))
        .thenAnswer(
            inv -> {
              String jql = inv.getArgument(1);
              parsed.add(jql);
              Query q = mock(Query.class);
              when(q.getQueryString()).thenReturn(jql);
              return new SearchService.ParseResult(q, null);
            });
    Map.of("JIRAUSER10100", "alice", "JIRAUSER10200", "o\"brien").forEach((k, n) -> user(k, n));
    target =
        new JiraCapacityWork(search, authentication, users, fields, "Start date", ZoneOffset.UTC);
  }

  private ApplicationUser user(String key, String name) {
    ApplicationUser u = mock(ApplicationUser.class);
    when(u.getKey()).thenReturn(key);
    when(u.getUsername()).thenReturn(name);
    when(users.getUserByKey(key)).thenReturn(u);
    return u;
  }

  private Issue issue(String key, Long remaining, LocalDate start, LocalDate due) {
    Issue i = mock(Issue.class);
    Project p = mock(Project.class);
    when(p.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
    when(i.getKey()).thenReturn(key);
    when(i.getProjectObject()).thenReturn(p);
    when(i.getSummary()).thenReturn("Summary of " + key);
    when(i.getAssigneeId()).thenReturn("JIRAUSER10100");
    when(i.getEstimate()).thenReturn(remaining);
    when(i.getDueDate()).thenReturn(due == null ? null : Timestamp.valueOf(due.atStartOfDay()));
    when(i.getCustomFieldValue(startField))
        .thenReturn(start == null ? null : Timestamp.valueOf(start.atTime(12, 0)));
    when(i.getUpdated()).thenReturn(new Timestamp(1_700_000_000_000L));
    return i;
  }

  private void pages(int total) throws SearchException {
    when(search.search(eq(viewer), any(Query.class), any(PagerFilter.class)))
        .thenAnswer(
            inv -> {
              PagerFilter<?> pager = inv.getArgument(2);
              List<Issue> page =
                  IntStream.range(
                          pager.getStart(), Math.min(total, pager.getStart() + pager.getMax()))
                      .mapToObj(n -> issue("MOB-" + (n + 1), 3_600L, null, null))
                      .toList();
              return new SearchResults<>(page, total, pager.getMax(), pager.getStart());
            });
  }

  @Test
  public void openAssignedTo_shouldSearchAsTheViewerByUsername_andMapTheIssueFields()
      throws Exception {
    Issue dated = issue("MOB-7", 7_200L, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 11));
    when(search.search(eq(viewer), any(Query.class), any(PagerFilter.class)))
        .thenReturn(new SearchResults<>(List.of(dated), 1, 500, 0));

    List<CapacityWork.Issue> found =
        target.openAssignedTo(List.of("JIRAUSER10200", "JIRAUSER10100", "gone"));

    assertThat(parsed)
        .containsExactly(
            "assignee in (\"alice\", \"o\\\"brien\") AND statusCategory != Done ORDER BY key ASC");
    assertThat(found)
        .containsExactly(
            new CapacityWork.Issue(
                "MOB-7",
                "MOB",
                "Summary of MOB-7",
                "JIRAUSER10100",
                LocalDate.of(2026, 12, 7),
                LocalDate.of(2026, 12, 11),
                7_200L,
                1_700_000_000_000L));
    verify(search, never()).searchOverrideSecurity(any(), any(), any());
  }

  @Test
  public void openAssignedTo_shouldReadPagesOfFiveHundred_untilTheTotal() throws Exception {
    pages(1_201);

    List<CapacityWork.Issue> found = target.openAssignedTo(List.of("JIRAUSER10100"));

    assertThat(found).hasSize(1_201);
    ArgumentCaptor<PagerFilter> pagers = ArgumentCaptor.forClass(PagerFilter.class);
    verify(search, org.mockito.Mockito.times(3)).search(eq(viewer), any(), pagers.capture());
    assertThat(pagers.getAllValues())
        .extracting(PagerFilter::getStart)
        .containsExactly(0, 500, 1000);
    assertThat(pagers.getAllValues()).extracting(PagerFilter::getMax).containsOnly(500);
  }

  @Test
  public void openAssignedTo_shouldNotSearch_whenNoAssigneeIsAJiraUser() throws Exception {
    assertThat(target.openAssignedTo(List.of("gone"))).isEmpty();
    assertThat(target.hiddenAssignedTo(List.of())).isZero();

    verify(search, never()).search(any(), any(), any());
  }

  @Test
  public void openAssignedTo_shouldFailWithNothingReturned_whenAPageSearchFails() throws Exception {
    when(search.search(eq(viewer), any(Query.class), any(PagerFilter.class)))
        .thenAnswer(
            inv -> {
              PagerFilter<?> pager = inv.getArgument(2);
              if (pager.getStart() > 0) {
                throw new SearchException("index unavailable");
              }
              List<Issue> page =
                  IntStream.range(0, 500)
                      .mapToObj(n -> issue("MOB-" + (n + 1), null, null, null))
                      .toList();
              return new SearchResults<>(page, 900, 500, 0);
            });

    assertThatThrownBy(() -> target.openAssignedTo(List.of("JIRAUSER10100")))
        .isInstanceOf(JiraCapacityWork.WorkSearchException.class)
        .hasMessageContaining("at 500")
        .hasMessageContaining("index unavailable");
  }

  @Test
  public void openAssignedTo_shouldFail_whenJiraRefusesTheJql() {
    MessageSet errors = mock(MessageSet.class);
    when(errors.hasAnyErrors()).thenReturn(true);
    when(search.parseQuery(any(), anyString()))
        .thenReturn(new SearchService.ParseResult(null, errors));

    assertThatThrownBy(() -> target.openAssignedTo(List.of("JIRAUSER10100")))
        .isInstanceOf(JiraCapacityWork.WorkSearchException.class)
        .hasMessageContaining("JQL refused");
  }

  @Test
  public void hiddenAssignedTo_shouldBeTheOverriddenCountMinusTheViewers() throws Exception {
    when(search.searchCountOverrideSecurity(isNull(), any(Query.class))).thenReturn(12L);
    when(search.searchCount(eq(viewer), any(Query.class))).thenReturn(9L);

    assertThat(target.hiddenAssignedTo(List.of("JIRAUSER10100"))).isEqualTo(3);
  }

  @Test
  public void hiddenAssignedTo_shouldCountEveryIssue_whenTheViewerMayBrowseNone() throws Exception {
    when(search.searchCountOverrideSecurity(isNull(), any(Query.class))).thenReturn(4L);
    when(search.searchCount(eq(viewer), any(Query.class))).thenReturn(0L);
    when(search.search(eq(viewer), any(Query.class), any(PagerFilter.class)))
        .thenReturn(new SearchResults<>(List.of(), 0, 500, 0));

    assertThat(target.openAssignedTo(List.of("JIRAUSER10100"))).isEmpty();
    assertThat(target.hiddenAssignedTo(List.of("JIRAUSER10100"))).isEqualTo(4);
  }

  @Test
  public void assigneesOf_shouldAskForOpenWorkDueFromTheDayOrUndated_andListDistinctKeys()
      throws Exception {
    pages(3);

    List<String> keys = target.assigneesOf("MOB", LocalDate.of(2026, 12, 7));

    assertThat(keys).containsExactly("JIRAUSER10100");
    assertThat(parsed)
        .containsExactly(
            "project = \"MOB\" AND assignee is not EMPTY AND statusCategory != Done AND (duedate"
                + " >= \"2026-12-07\" OR duedate is EMPTY) ORDER BY assignee ASC");
  }

  @Test
  public void issue_shouldBeEmpty_whenTheViewerCannotSeeIt() throws Exception {
    when(search.search(eq(viewer), any(Query.class), any(PagerFilter.class)))
        .thenReturn(new SearchResults<>(List.of(), 0, 1, 0));

    assertThat(target.issue("SEC-1")).isEmpty();
    assertThat(target.issue(" ")).isEmpty();
    assertThat(parsed).containsExactly("issuekey = \"SEC-1\"");
  }

  @Test
  public void openAssignedTo_shouldHaveNoStartDate_whenTheStartFieldDoesNotExist()
      throws Exception {
    when(fields.getCustomFieldObjectsByName("Start date")).thenReturn(List.of());
    Issue i = issue("MOB-1", 3_600L, LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 9));
    when(search.search(eq(viewer), any(Query.class), any(PagerFilter.class)))
        .thenReturn(new SearchResults<>(List.of(i), 1, 500, 0));

    CapacityWork.Issue found = target.openAssignedTo(List.of("JIRAUSER10100")).get(0);

    assertThat(found.start()).isNull();
    assertThat(found.due()).isEqualTo(LocalDate.of(2026, 12, 9));
  }

  @Test
  public void update_shouldRefuse_andWriteNothing_andTheViewsBeToldBeforeSaving() {
    assertThat(target.writesIssues()).isFalse();
    assertThatThrownBy(
            () -> target.update("MOB-1", 1, "JIRAUSER10100", null, null, "JIRAUSER10100"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  public void quote_shouldEscapeBackslashesAndQuotes() {
    assertThat(JiraCapacityWork.quote("a\\b\"c")).isEqualTo("\"a\\\\b\\\"c\"");
  }
}
