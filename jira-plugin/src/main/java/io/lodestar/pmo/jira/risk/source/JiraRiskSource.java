package io.lodestar.pmo.jira.risk.source;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.query.order.SortOrder;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.jira.risk.index.RiskIndexJql;
import io.lodestar.pmo.jira.shared.host.JiraIssueLinks;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The engine's {@link RiskSource} on Jira's search: {@code project = <id> AND issuetype in (<risk
 * issue type ids>) ORDER BY key ASC}, one bounded page per call (at most {@link #MAX_PAGE_SIZE}
 * issues; never the unlimited pager), fields read through {@link IssueFieldReader}.
 *
 * <ul>
 *   <li><b>Viewer</b>: the search runs as the viewer, so Jira's browse permission and issue
 *       security apply. The hidden count is {@code searchCountOverrideSecurity} (every risk issue
 *       of the project) minus the viewer's total. A viewer key Jira no longer knows sees nothing.
 *   <li><b>System context</b> (viewer key null, the scheduled review reminder): {@code
 *       searchOverrideSecurity} with no user, so every risk issue is read; hidden count 0.
 *   <li><b>Risk issue types</b>: exactly the mapping's ids, as for the custom fields and the issue
 *       panel; a mapping naming none (saved settings always name one) yields empty pages without
 *       searching.
 *   <li><b>Mitigation keys</b>: the issues linked to the risk (either direction, not system links)
 *       that are not themselves of a risk issue type and that the viewer may browse, loaded as the
 *       viewer. In a system context there is no viewer to load them as, and its one caller (the
 *       review reminder) does not use them, so records carry none and no link is read.
 * </ul>
 */
public final class JiraRiskSource implements RiskSource {

  /** Largest page returned, whatever the caller asks for (the port allows 1..1000). */
  public static final int MAX_PAGE_SIZE = 1000;

  /** An issue key: project key, dash, number. */
  private static final Pattern ISSUE_KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_]*-[0-9]{1,18}");

  private final SearchService searchService;
  private final ProjectManager projectManager;
  private final JiraUsers users;
  private final IssueFieldReader fieldReader;
  private final JiraRawRiskReader rawReader;
  private final JiraIssueLinks issueLinks;

  public JiraRiskSource(
      SearchService searchService,
      ProjectManager projectManager,
      JiraUsers users,
      IssueFieldReader fieldReader,
      JiraIssueLinks issueLinks) {
    this.searchService = Objects.requireNonNull(searchService, "searchService");
    this.projectManager = Objects.requireNonNull(projectManager, "projectManager");
    this.users = Objects.requireNonNull(users, "users");
    this.fieldReader = Objects.requireNonNull(fieldReader, "fieldReader");
    this.rawReader = new JiraRawRiskReader(fieldReader);
    this.issueLinks = Objects.requireNonNull(issueLinks, "issueLinks");
  }

  @Override
  public RiskRecordPage page(
      String viewerKey, String projectKey, RiskFieldMapping mapping, int startAt, int maxResults) {
    RiskSource.checkPageArguments(projectKey, mapping, startAt, maxResults);
    boolean system = viewerKey == null;
    Optional<ApplicationUser> viewer = system ? Optional.empty() : users.byKey(viewerKey);
    Project project = projectManager.getProjectObjByKeyIgnoreCase(projectKey);
    if (project == null || (!system && viewer.isEmpty()) || mapping.riskIssueTypeIds().isEmpty()) {
      return new RiskRecordPage(List.of(), startAt, 0, 0);
    }
    ApplicationUser user = viewer.orElse(null);
    Query query = riskQuery(project, mapping);
    PagerFilter<Issue> pager = new PagerFilter<>(startAt, Math.min(maxResults, MAX_PAGE_SIZE));
    try {
      SearchResults<Issue> results =
          system
              ? searchService.searchOverrideSecurity(null, query, pager)
              : searchService.search(user, query, pager);
      int hidden = 0;
      if (!system) {
        long all = searchService.searchCountOverrideSecurity(user, query);
        hidden = (int) Math.max(0L, all - results.getTotal());
      }
      IssueFieldReader.ResolvedFields fields = fieldReader.resolve(mapping.fieldIds());
      List<RawRiskRecord> records = new ArrayList<>(results.getResults().size());
      for (Issue issue : results.getResults()) {
        records.add(toRecord(issue, mapping, fields, user, system));
      }
      return new RiskRecordPage(records, startAt, results.getTotal(), hidden);
    } catch (SearchException e) {
      throw new IllegalStateException(
          "searching the risks of project " + project.getKey() + " failed", e);
    }
  }

  /**
   * The records of {@code issueKeys} (a register page's or the top risks' keys from the index): one
   * search, {@code project = <id> AND issuetype in (...) AND issuekey in ("K-1", ...)}, as the
   * viewer (or the system), with {@code maxResults} the number of keys, so the work is O(keys)
   * whatever the project's size. Keys that are not of the form {@code ABC-123} are left out before
   * the search (they name no issue), and every key is quoted ({@link RiskIndexJql#quote}).
   */
  @Override
  public List<RawRiskRecord> records(
      String viewerKey, String projectKey, RiskFieldMapping mapping, List<String> issueKeys) {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(mapping, "mapping");
    List<String> keys =
        issueKeys.stream()
            .filter(k -> k != null && ISSUE_KEY.matcher(k).matches())
            .distinct()
            .toList();
    if (keys.isEmpty() || keys.size() > MAX_PAGE_SIZE || mapping.riskIssueTypeIds().isEmpty()) {
      if (keys.size() > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException("at most " + MAX_PAGE_SIZE + " keys: " + keys.size());
      }
      return List.of();
    }
    boolean system = viewerKey == null;
    Optional<ApplicationUser> viewer = system ? Optional.empty() : users.byKey(viewerKey);
    Project project = projectManager.getProjectObjByKeyIgnoreCase(projectKey);
    if (project == null || (!system && viewer.isEmpty())) {
      return List.of();
    }
    ApplicationUser user = viewer.orElse(null);
    String jql =
        RiskIndexJql.keys(RiskIndexJql.risks(project.getId(), mapping.riskIssueTypeIds()), keys);
    SearchService.ParseResult parsed = searchService.parseQuery(user, jql);
    if (parsed == null || !parsed.isValid()) {
      throw new IllegalStateException("JQL refused: " + jql);
    }
    PagerFilter<Issue> pager = new PagerFilter<>(0, keys.size());
    try {
      SearchResults<Issue> results =
          system
              ? searchService.searchOverrideSecurity(null, parsed.getQuery(), pager)
              : searchService.search(user, parsed.getQuery(), pager);
      IssueFieldReader.ResolvedFields fields = fieldReader.resolve(mapping.fieldIds());
      List<RawRiskRecord> records = new ArrayList<>(results.getResults().size());
      for (Issue issue : results.getResults()) {
        records.add(toRecord(issue, mapping, fields, user, system));
      }
      return records;
    } catch (SearchException e) {
      throw new IllegalStateException(
          "reading risks by key in project " + project.getKey() + " failed", e);
    }
  }

  /**
   * The JQL of one project's risk issues, in issue key order so that pages are stable.
   *
   * @param mapping designates at least one risk issue type
   */
  static Query riskQuery(Project project, RiskFieldMapping mapping) {
    String[] types = mapping.riskIssueTypeIds().stream().sorted().toArray(String[]::new);
    JqlQueryBuilder builder = JqlQueryBuilder.newBuilder();
    builder.where().project(project.getId()).and().issueType(types);
    builder.orderBy().issueKey(SortOrder.ASC);
    return builder.buildQuery();
  }

  private RawRiskRecord toRecord(
      Issue issue,
      RiskFieldMapping mapping,
      IssueFieldReader.ResolvedFields fields,
      ApplicationUser user,
      boolean system) {
    if (system) {
      return rawReader.read(issue, mapping, fields, List.of());
    }
    Set<String> riskTypes = mapping.riskIssueTypeIds();
    List<String> mitigations =
        issueLinks.linksOf(issue, user).visible().stream()
            .filter(l -> !riskTypes.contains(l.issueTypeId()))
            .map(LinkedIssue::key)
            .distinct()
            .toList();
    return rawReader.read(issue, mapping, fields, mitigations);
  }
}
