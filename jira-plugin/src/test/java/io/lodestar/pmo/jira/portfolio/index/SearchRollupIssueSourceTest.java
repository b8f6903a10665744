package io.lodestar.pmo.jira.portfolio.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.web.bean.PagerFilter;
import io.lodestar.pmo.engine.rollup.StatusCategory;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;
import org.mockito.ArgumentCaptor;

public class SearchRollupIssueSourceTest {

  private SearchService search;
  private IssueManager issueManager;
  private CustomFieldManager customFields;
  private CustomField points;
  private CustomField epicLink;
  private SearchRollupIssueSource target;

  @Before
  public void setUp() {
    search = mock(SearchService.class);
    issueManager = mock(IssueManager.class);
    customFields = mock(CustomFieldManager.class);
    points = mock(CustomField.class);
    epicLink = mock(CustomField.class);
    when(customFields.getCustomFieldObjectsByName("Story Points")).thenReturn(List.of(points));
    when(customFields.getCustomFieldObjectsByName("Epic Link")).thenReturn(List.of(epicLink));
    target = new SearchRollupIssueSource(search, issueManager, new JiraRollupIssues(customFields));
  }

  private MutableIssue issue(long id, String type, String category) {
    MutableIssue issue = mock(MutableIssue.class);
    when(issue.getId()).thenReturn(id);
    when(issue.getKey()).thenReturn("MOB-" + id);
    when(issue.getSummary()).thenReturn("Summary " + id);
    when(issue.getProjectId()).thenReturn(10_000L);
    // Mockito answers 0 for Long getters; Jira answers null when there is no value
    when(issue.getSecurityLevelId()).thenReturn(null);
    when(issue.getOriginalEstimate()).thenReturn(null);
    when(issue.getEstimate()).thenReturn(null);
    when(issue.getTimeSpent()).thenReturn(null);
    IssueType issueType = mock(IssueType.class);
    when(issueType.getName()).thenReturn(type);
    when(issue.getIssueType()).thenReturn(issueType);
    Status status = mock(Status.class);
    com.atlassian.jira.issue.status.category.StatusCategory c =
        mock(com.atlassian.jira.issue.status.category.StatusCategory.class);
    when(c.getKey()).thenReturn(category);
    when(status.getStatusCategory()).thenReturn(c);
    when(issue.getStatus()).thenReturn(status);
    return issue;
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  public void page_shouldSearchAsTheSystemWithTheGivenPage_andReadEachIssue() throws Exception {
    MutableIssue epic = issue(1, "Epic", "indeterminate");
    MutableIssue story = issue(2, "Story", "done");
    when(story.getCustomFieldValue(points)).thenReturn(5.0);
    when(story.getCustomFieldValue(epicLink)).thenReturn(epic);
    when(story.getSecurityLevelId()).thenReturn(500L);
    when(story.getOriginalEstimate()).thenReturn(7_200L);
    ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
    when(search.searchOverrideSecurity(isNull(), any(), pager.capture()))
        .thenReturn(
            new SearchResults<Issue>(new ArrayList<>(List.of(epic, story)), 2, 1_000, 3_000));

    List<RollupIssue> page = target.page(3_000, 1_000);

    assertThat(pager.getValue().getStart()).isEqualTo(3_000);
    assertThat(pager.getValue().getMax()).isEqualTo(1_000);
    assertThat(page)
        .containsExactly(
            new RollupIssue(
                1,
                "MOB-1",
                "Summary 1",
                10_000,
                null,
                StatusCategory.IN_PROGRESS,
                true,
                null,
                null,
                null,
                null,
                null),
            new RollupIssue(
                2,
                "MOB-2",
                "",
                10_000,
                500L,
                StatusCategory.DONE,
                false,
                "MOB-1",
                5.0,
                7_200L,
                null,
                null));
  }

  @Test
  public void page_shouldFailWithTheStartOfThePage_whenTheSearchFails() throws Exception {
    when(search.searchOverrideSecurity(isNull(), any(), any()))
        .thenThrow(new SearchException("index unavailable"));

    assertThatThrownBy(() -> target.page(2_000, 1_000))
        .isInstanceOf(RollupIssueSource.RollupSourceException.class)
        .hasMessageContaining("from 2000")
        .hasMessageContaining("index unavailable");
  }

  @Test
  public void byId_shouldBeEmpty_whenJiraHasNoSuchIssue_andASubTaskShouldFollowItsParentsEpic() {
    MutableIssue parent = issue(3, "Story", "new");
    MutableIssue epic = issue(1, "Epic", "new");
    when(parent.getCustomFieldValue(epicLink)).thenReturn(epic);
    MutableIssue sub = issue(4, "Sub-task", "new");
    when(sub.isSubTask()).thenReturn(true);
    when(sub.getParentObject()).thenReturn(parent);
    when(parent.getSubTaskObjects()).thenReturn(List.of(sub));
    when(issueManager.getIssueObject(3L)).thenReturn(parent);

    assertThat(target.byId(99)).isEmpty();
    assertThat(target.subTasksOf(3))
        .singleElement()
        .satisfies(s -> assertThat(s.epicKey()).isEqualTo("MOB-1"));
    assertThat(target.subTasksOf(99)).isEmpty();
  }
}
