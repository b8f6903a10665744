package io.lodestar.pmo.jira.risk.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.customfields.option.Option;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.jira.shared.host.JiraIssueLinks;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraRiskSourceTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private SearchService searchService;
  @Mock private ProjectManager projectManager;
  @Mock private UserManager userManager;
  @Mock private CustomFieldManager customFieldManager;
  @Mock private IssueManager issueManager;
  @Mock private IssueLinkManager issueLinkManager;
  @Mock private PermissionManager permissionManager;

  private final ApplicationUser alice = mock(ApplicationUser.class);
  private final Project alpha = mock(Project.class);
  private final CustomField probabilityField = mock(CustomField.class);
  private final RiskFieldMapping mapping =
      RiskFieldMapping.builder()
          .riskIssueTypeIds(Set.of("10500"))
          .inherent(RatingFieldIds.of("customfield_1", ImpactDimension.COST, "customfield_2"))
          .build();

  private JiraRiskSource target;

  @Before
  public void setUp() {
    when(userManager.getUserByKey("u1")).thenReturn(alice);
    when(alpha.getId()).thenReturn(10000L);
    when(alpha.getKey()).thenReturn("ALPHA");
    when(projectManager.getProjectObjByKeyIgnoreCase("ALPHA")).thenReturn(alpha);
    when(customFieldManager.getCustomFieldObject("customfield_1")).thenReturn(probabilityField);
    JiraUsers users = new JiraUsers(userManager);
    target =
        new JiraRiskSource(
            searchService,
            projectManager,
            users,
            new IssueFieldReader(customFieldManager),
            new JiraIssueLinks(issueManager, issueLinkManager, permissionManager, users));
  }

  private Issue riskIssue(int n) {
    Issue issue = mock(Issue.class);
    when(issue.getId()).thenReturn((long) n);
    when(issue.getKey()).thenReturn("ALPHA-" + n);
    when(issue.getSummary()).thenReturn("Risk " + n);
    when(issue.getProjectObject()).thenReturn(alpha);
    Status status = mock(Status.class);
    StatusCategory category = mock(StatusCategory.class);
    when(category.getKey()).thenReturn(StatusCategory.IN_PROGRESS);
    when(status.getStatusCategory()).thenReturn(category);
    when(issue.getStatus()).thenReturn(status);
    return issue;
  }

  private static SearchResults<Issue> results(List<Issue> issues, int total, int max, int start) {
    return new SearchResults<>(issues, total, max, start);
  }

  @SuppressWarnings("unchecked")
  private PagerFilter<Issue> searchedPager() throws Exception {
    ArgumentCaptor<PagerFilter> pager = ArgumentCaptor.forClass(PagerFilter.class);
    verify(searchService).search(eq(alice), any(Query.class), pager.capture());
    return pager.getValue();
  }

  @Test
  public void page_shouldSearchProjectRiskTypesInKeyOrder_whenViewerGiven() throws Exception {
    // given
    when(searchService.search(eq(alice), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(List.of(), 0, 50, 0));

    // when
    target.page("u1", "ALPHA", mapping, 0, 50);

    // then
    ArgumentCaptor<Query> query = ArgumentCaptor.forClass(Query.class);
    verify(searchService).search(eq(alice), query.capture(), any(PagerFilter.class));
    assertThat(query.getValue().toString())
        .isEqualTo("project = 10000 AND issuetype = \"10500\" ORDER BY key ASC");
  }

  @Test
  public void page_shouldBoundThePageSize_whenCallerAsksForMoreThanTheMaximum() throws Exception {
    when(searchService.search(eq(alice), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(List.of(), 0, 1000, 0));

    target.page("u1", "ALPHA", mapping, 0, 1_000_000);

    assertThat(searchedPager().getMax()).isEqualTo(JiraRiskSource.MAX_PAGE_SIZE);
  }

  @Test
  public void page_shouldWalkAllRecordsWithAPartialLastPage_whenPagingThroughFive()
      throws Exception {
    // given: five visible risks, pages of two
    List<Issue> all = IntStream.rangeClosed(1, 5).mapToObj(this::riskIssue).toList();
    when(searchService.search(eq(alice), any(Query.class), any(PagerFilter.class)))
        .thenAnswer(
            inv -> {
              PagerFilter<?> p = inv.getArgument(2);
              int end = Math.min(p.getStart() + p.getMax(), all.size());
              return results(all.subList(p.getStart(), end), all.size(), p.getMax(), p.getStart());
            });
    when(searchService.searchCountOverrideSecurity(eq(alice), any(Query.class))).thenReturn(5L);

    // when
    List<String> keys = new ArrayList<>();
    List<RiskRecordPage> pages = new ArrayList<>();
    int startAt = 0;
    RiskRecordPage page;
    do {
      page = target.page("u1", "ALPHA", mapping, startAt, 2);
      pages.add(page);
      page.records().forEach(r -> keys.add(r.issueKey()));
      startAt += page.records().size();
    } while (page.hasMore());

    // then
    assertThat(keys).containsExactly("ALPHA-1", "ALPHA-2", "ALPHA-3", "ALPHA-4", "ALPHA-5");
    assertThat(pages).extracting(p -> p.records().size()).containsExactly(2, 2, 1);
  }

  @Test
  public void page_shouldCountHiddenRisks_whenSecurityOverrideFindsMore() throws Exception {
    // given: 3 visible of 7 risk issues
    Issue risk = riskIssue(1);
    when(searchService.search(eq(alice), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(List.of(risk), 3, 1, 0));
    when(searchService.searchCountOverrideSecurity(eq(alice), any(Query.class))).thenReturn(7L);

    // when
    RiskRecordPage page = target.page("u1", "ALPHA", mapping, 0, 1);

    // then
    assertThat(page.totalVisible()).isEqualTo(3);
    assertThat(page.hiddenCount()).isEqualTo(4);
  }

  @Test
  public void page_shouldReadWithSecurityOverrideAndHideNothing_whenSystemContext()
      throws Exception {
    Issue risk = riskIssue(1);
    when(searchService.searchOverrideSecurity(eq(null), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(List.of(risk), 1, 100, 0));

    RiskRecordPage page = target.page(null, "ALPHA", mapping, 0, 100);

    assertThat(page.records()).hasSize(1);
    assertThat(page.hiddenCount()).isZero();
    verify(searchService, never()).search(any(), any(), any());
  }

  @Test
  public void page_shouldReadNoLinks_whenSystemContext() throws Exception {
    // given: a risk linked to a task nobody is checked against in a system context
    Issue risk = riskIssue(1);
    Issue task = linkedIssue("ALPHA-9", "10001");
    List<IssueLink> links = List.of(link(task));
    when(issueLinkManager.getOutwardLinks(1L)).thenReturn(links);
    when(searchService.searchOverrideSecurity(eq(null), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(List.of(risk), 1, 100, 0));

    // when
    RawRiskRecord record = target.page(null, "ALPHA", mapping, 0, 100).records().get(0);

    // then: no mitigation keys, and the links were never loaded without a permission check
    assertThat(record.mitigationKeys()).isEmpty();
    verify(issueLinkManager, never()).getOutwardLinks(any());
    verify(issueLinkManager, never()).getInwardLinks(any());
  }

  @Test
  public void page_shouldLeaveOutALinkedIssueTheViewerMayNotBrowse() throws Exception {
    // given: a risk linked to two tasks, the viewer may browse only one
    Issue risk = riskIssue(1);
    Issue visible = linkedIssue("ALPHA-9", "10001");
    Issue secret = linkedIssue("SECRET-1", "10001");
    List<IssueLink> links = List.of(link(visible), link(secret));
    when(issueLinkManager.getOutwardLinks(1L)).thenReturn(links);
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, secret, alice))
        .thenReturn(false);
    when(searchService.search(eq(alice), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(List.of(risk), 1, 10, 0));
    when(searchService.searchCountOverrideSecurity(eq(alice), any(Query.class))).thenReturn(1L);

    // when
    RawRiskRecord record = target.page("u1", "ALPHA", mapping, 0, 10).records().get(0);

    // then
    assertThat(record.mitigationKeys()).containsExactly("ALPHA-9");
  }

  @Test
  public void page_shouldConvertMappedFieldsAndLinks_whenIssueHasValues() throws Exception {
    // given: probability = third option; an open mitigation task and a linked risk
    Issue risk = riskIssue(1);
    Option third = mock(Option.class);
    when(third.getSequence()).thenReturn(2L);
    when(third.getValue()).thenReturn("Likely");
    when(risk.getCustomFieldValue(probabilityField)).thenReturn(third);
    Issue task = linkedIssue("ALPHA-9", "10001");
    Issue otherRisk = linkedIssue("ALPHA-8", "10500");
    List<IssueLink> links = List.of(link(task), link(otherRisk));
    when(issueLinkManager.getOutwardLinks(1L)).thenReturn(links);
    when(searchService.search(eq(alice), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(List.of(risk), 1, 10, 0));
    when(searchService.searchCountOverrideSecurity(eq(alice), any(Query.class))).thenReturn(1L);

    // when
    RawRiskRecord record = target.page("u1", "ALPHA", mapping, 0, 10).records().get(0);

    // then
    assertThat(record.issueKey()).isEqualTo("ALPHA-1");
    assertThat(record.statusCategoryKey()).isEqualTo("indeterminate");
    assertThat(record.fields()).containsOnlyKeys("customfield_1");
    assertThat(record.field("customfield_1")).isEqualTo(RawValue.option(3, "Likely"));
    assertThat(record.mitigationKeys()).containsExactly("ALPHA-9");
  }

  @Test
  public void page_shouldBeEmpty_whenViewerKeyIsUnknown() throws Exception {
    RiskRecordPage page = target.page("gone", "ALPHA", mapping, 0, 10);

    assertThat(page.records()).isEmpty();
    assertThat(page.totalVisible()).isZero();
    verify(searchService, never()).searchOverrideSecurity(any(), any(), any());
  }

  @Test
  public void page_shouldBeEmpty_whenProjectIsUnknown() {
    RiskRecordPage page = target.page("u1", "NOPE", mapping, 0, 10);

    assertThat(page.records()).isEmpty();
    assertThat(page.hiddenCount()).isZero();
  }

  @Test
  public void page_shouldBeEmptyWithoutSearching_whenMappingDesignatesNoRiskIssueType()
      throws Exception {
    RiskFieldMapping none = RiskFieldMapping.builder().build();

    RiskRecordPage page = target.page("u1", "ALPHA", none, 0, 10);

    assertThat(page.records()).isEmpty();
    assertThat(page.totalVisible()).isZero();
    verify(searchService, never()).search(any(), any(), any());
    verify(searchService, never()).searchCountOverrideSecurity(any(), any());
  }

  private Issue linkedIssue(String key, String typeId) {
    Issue i = mock(Issue.class);
    when(i.getKey()).thenReturn(key);
    when(i.getProjectObject()).thenReturn(alpha);
    when(i.getSummary()).thenReturn(key);
    IssueType type = mock(IssueType.class);
    when(type.getId()).thenReturn(typeId);
    when(i.getIssueType()).thenReturn(type);
    when(permissionManager.hasPermission(ProjectPermissions.BROWSE_PROJECTS, i, alice))
        .thenReturn(true);
    return i;
  }

  private static IssueLink link(Issue destination) {
    IssueLink l = mock(IssueLink.class);
    when(l.getDestinationObject()).thenReturn(destination);
    return l;
  }

  // ------------------------------------------------------------------------- records by key

  private String parsedJql() {
    ArgumentCaptor<String> jql = ArgumentCaptor.forClass(String.class);
    verify(searchService).parseQuery(any(), jql.capture());
    return jql.getValue();
  }

  private void parsesAnyJql() {
    when(searchService.parseQuery(any(), any()))
        .thenAnswer(inv -> new SearchService.ParseResult(mock(Query.class), null));
  }

  @Test
  public void records_shouldSearchOnlyTheGivenKeysAsTheViewer_withOnePageOfThatSize()
      throws Exception {
    // given
    parsesAnyJql();
    List<Issue> found = List.of(riskIssue(3), riskIssue(7));
    when(searchService.search(eq(alice), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(found, 2, 3, 0));

    // when
    List<RawRiskRecord> records =
        target.records("u1", "ALPHA", mapping, List.of("ALPHA-7", "ALPHA-3", "ALPHA-9"));

    // then
    assertThat(records).extracting(RawRiskRecord::issueKey).containsExactly("ALPHA-3", "ALPHA-7");
    assertThat(parsedJql())
        .isEqualTo(
            "project = 10000 AND issuetype in (10500)"
                + " AND issuekey in (\"ALPHA-7\", \"ALPHA-3\", \"ALPHA-9\")");
    assertThat(searchedPager().getMax()).isEqualTo(3);
    assertThat(searchedPager().getStart()).isZero();
  }

  @Test
  public void records_shouldLeaveOutKeysThatAreNoIssueKeys_soNoTextReachesTheQuery()
      throws Exception {
    // given
    parsesAnyJql();
    when(searchService.search(eq(alice), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(List.of(), 0, 1, 0));

    // when
    target.records(
        "u1", "ALPHA", mapping, List.of("ALPHA-1\") OR project = 2 OR key in (\"X-1", "ALPHA-1"));

    // then
    assertThat(parsedJql()).endsWith("AND issuekey in (\"ALPHA-1\")");
  }

  @Test
  public void records_shouldNotSearch_whenNoKeyIsGiven() throws Exception {
    assertThat(target.records("u1", "ALPHA", mapping, List.of("not a key"))).isEmpty();
    verify(searchService, never()).parseQuery(any(), any());
  }

  @Test
  public void records_shouldSearchWithSecurityOverridden_whenTheViewerIsTheSystem()
      throws Exception {
    // given
    parsesAnyJql();
    List<Issue> found = List.of(riskIssue(1));
    when(searchService.searchOverrideSecurity(any(), any(Query.class), any(PagerFilter.class)))
        .thenReturn(results(found, 1, 1, 0));

    // when
    List<RawRiskRecord> records = target.records(null, "ALPHA", mapping, List.of("ALPHA-1"));

    // then
    assertThat(records).hasSize(1);
    verify(searchService, never()).search(any(), any(Query.class), any(PagerFilter.class));
  }
}
