package io.lodestar.pmo.jira.portfolio.index;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.jql.builder.JqlQueryBuilder;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import com.atlassian.query.order.SortOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RollupIssueSource} on Jira: every issue through {@link
 * SearchService#searchOverrideSecurity} with no searcher (the system: the index holds everything
 * and filters per viewer), ordered by key, one {@link PagerFilter} page at a time; one issue
 * through {@link IssueManager#getIssueObject(Long)} (the database, so a node sees a change another
 * node committed).
 */
public final class SearchRollupIssueSource implements RollupIssueSource {

  private final SearchService search;
  private final IssueManager issues;
  private final JiraRollupIssues reader;

  public SearchRollupIssueSource(
      SearchService search, IssueManager issues, JiraRollupIssues reader) {
    this.search = Objects.requireNonNull(search, "search");
    this.issues = Objects.requireNonNull(issues, "issues");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  private static Query everyIssue() {
    return JqlQueryBuilder.newBuilder().orderBy().issueKey(SortOrder.ASC).buildQuery();
  }

  @Override
  public long total() {
    try {
      return search.searchCountOverrideSecurity(null, everyIssue());
    } catch (SearchException e) {
      throw new RollupSourceException("Lodestar: the issue count failed: " + e.getMessage(), e);
    }
  }

  @Override
  public List<RollupIssue> page(int startAt, int max) {
    SearchResults<Issue> results;
    try {
      results = search.searchOverrideSecurity(null, everyIssue(), new PagerFilter<>(startAt, max));
    } catch (SearchException | RuntimeException e) {
      throw new RollupSourceException(
          "Lodestar: the search page from " + startAt + " failed: " + e.getMessage(), e);
    }
    List<RollupIssue> page = new ArrayList<>();
    for (Issue issue : results.getResults()) {
      reader.read(issue).ifPresent(page::add);
    }
    return page;
  }

  @Override
  public Optional<RollupIssue> byId(long issueId) {
    return reader.read(issues.getIssueObject(issueId));
  }

  @Override
  public List<RollupIssue> subTasksOf(long issueId) {
    Issue issue = issues.getIssueObject(issueId);
    Collection<Issue> subTasks = issue == null ? null : issue.getSubTaskObjects();
    if (subTasks == null) {
      return List.of();
    }
    List<RollupIssue> found = new ArrayList<>();
    for (Issue s : subTasks) {
      reader.read(s).ifPresent(found::add);
    }
    return found;
  }
}
