package io.lodestar.pmo.jira.training.work;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.lodestar.pmo.app.training.AssignedWork;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class JiraTrainingWorkTest {

  private static final ZoneId ZONE = ZoneOffset.ofHours(2);

  private IssueManager issues;
  private SearchService search;
  private UserManager users;
  private JiraAuthenticationContext authentication;
  private ApplicationUser viewer;
  private JiraTrainingWork target;

  @Before
  public void setUp() {
    issues = mock(IssueManager.class);
    search = mock(SearchService.class);
    users = mock(UserManager.class);
    authentication = mock(JiraAuthenticationContext.class);
    viewer = user("viewer-key", "viewer");
    when(authentication.getLoggedInUser()).thenReturn(viewer);
    target = new JiraTrainingWork(issues, search, users, authentication, ZONE);
  }

  private static ApplicationUser user(String key, String name) {
    ApplicationUser u = mock(ApplicationUser.class);
    when(u.getKey()).thenReturn(key);
    when(u.getUsername()).thenReturn(name);
    return u;
  }

  private static MutableIssue issue(
      String key, ApplicationUser assignee, Timestamp due, String... components) {
    MutableIssue issue = mock(MutableIssue.class);
    Project project = mock(Project.class);
    when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
    IssueType type = mock(IssueType.class);
    when(type.getId()).thenReturn("10001");
    when(issue.getKey()).thenReturn(key);
    when(issue.getProjectObject()).thenReturn(project);
    when(issue.getIssueType()).thenReturn(type);
    when(issue.getAssignee()).thenReturn(assignee);
    when(issue.getDueDate()).thenReturn(due);
    List<ProjectComponent> cs = new java.util.ArrayList<>();
    for (String c : components) {
      ProjectComponent pc = mock(ProjectComponent.class);
      when(pc.getName()).thenReturn(c);
      cs.add(pc);
    }
    when(issue.getComponents()).thenReturn(cs);
    return issue;
  }

  @Test
  public void byKey_shouldReadProjectTypeComponentsDueDayAndAssignee() {
    ApplicationUser alice = user("alice-key", "alice");
    // 23:30 UTC on 9 March is 10 March in the server's zone (UTC+2)
    Timestamp due = Timestamp.from(java.time.Instant.parse("2026-03-09T23:30:00Z"));
    MutableIssue issue = issue("MOB-7", alice, due, "Payments", "API");
    when(issues.getIssueObject("MOB-7")).thenReturn(issue);

    Optional<AssignedWork> work = target.byKey("MOB-7");

    assertThat(work).isPresent();
    assertThat(work.get().assigneeKey()).isEqualTo("alice-key");
    assertThat(work.get().work().projectKey()).isEqualTo("MOB");
    assertThat(work.get().work().issueType()).isEqualTo("10001");
    assertThat(work.get().work().components()).isEqualTo(Set.of("Payments", "API"));
    assertThat(work.get().work().due()).contains(LocalDate.of(2026, 3, 10));
    assertThat(work.get().work().start()).isEmpty();
  }

  @Test
  public void byKey_shouldBeEmpty_whenTheIssueDoesNotExistOrTheKeyIsBlank() {
    assertThat(target.byKey("NOPE-1")).isEmpty();
    assertThat(target.byKey(" ")).isEmpty();
    assertThat(target.byKey(null)).isEmpty();
  }

  @Test
  public void byKey_shouldGiveUnassignedUndatedWork_withoutComponents() {
    MutableIssue issue = issue("MOB-8", null, null);
    when(issue.getComponents()).thenReturn(null);
    when(issues.getIssueObject("MOB-8")).thenReturn(issue);

    AssignedWork work = target.byKey("MOB-8").orElseThrow();

    assertThat(work.assigneeKey()).isNull();
    assertThat(work.work().due()).isEmpty();
    assertThat(work.work().components()).isEmpty();
  }

  @Test
  public void openAssignedTo_shouldSearchAsTheViewer_boundedByTheMaximum() throws Exception {
    ApplicationUser alice = user("alice-key", "al\"ice");
    when(users.getUserByKey("alice-key")).thenReturn(alice);
    Query query = mock(Query.class);
    when(search.parseQuery(eq(viewer), any()))
        .thenReturn(new SearchService.ParseResult(query, null));
    Issue one = issue("MOB-1", alice, null);
    SearchResults<Issue> page = results(List.of(one));
    when(search.search(eq(viewer), eq(query), any())).thenReturn(page);

    List<AssignedWork> found = target.openAssignedTo("alice-key", 5000);

    assertThat(found).extracting(w -> w.work().issueKey()).containsExactly("MOB-1");
    ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
    verify(search).parseQuery(eq(viewer), jql.capture());
    assertThat(jql.getValue())
        .isEqualTo(
            "assignee = \"al\\\"ice\" AND resolution IS EMPTY ORDER BY duedate ASC, key ASC");
    @SuppressWarnings({"unchecked", "rawtypes"})
    ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
    verify(search).search(eq(viewer), eq(query), pager.capture());
    assertThat(pager.getValue().getMax()).isEqualTo(JiraTrainingWork.MAX_ASSIGNED);
    assertThat(pager.getValue().getStart()).isZero();
  }

  @SuppressWarnings("unchecked")
  private static SearchResults<Issue> results(List<Issue> issues) {
    SearchResults<Issue> results = mock(SearchResults.class);
    when(results.getResults()).thenReturn(issues);
    return results;
  }

  @Test
  public void openAssignedTo_shouldReadNothing_forAnAnonymousViewerOrAnUnknownPerson()
      throws Exception {
    when(users.getUserByKey("ghost")).thenReturn(null);
    assertThat(target.openAssignedTo("ghost", 10)).isEmpty();

    when(authentication.getLoggedInUser()).thenReturn(null);
    ApplicationUser alice = user("alice-key", "alice");
    when(users.getUserByKey("alice-key")).thenReturn(alice);
    assertThat(target.openAssignedTo("alice-key", 10)).isEmpty();

    verify(search, never()).search(any(), any(), any());
  }

  @Test
  public void openAssignedTo_shouldFailNamingTheSearch_whenJiraFails() throws Exception {
    ApplicationUser alice = user("alice-key", "alice");
    when(users.getUserByKey("alice-key")).thenReturn(alice);
    Query query = mock(Query.class);
    when(search.parseQuery(eq(viewer), any()))
        .thenReturn(new SearchService.ParseResult(query, null));
    when(search.search(any(), any(), any())).thenThrow(new SearchException("index closed"));

    assertThatThrownBy(() -> target.openAssignedTo("alice-key", 10))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("assigned-work search failed: index closed");
  }
}
