package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Stand-in for one page of search results; built directly by unit tests. Checked against the pages
 * below.
 *
 * <p>Confirmed: the class and its package, generic as {@code SearchResults<T>}, in Jira 10.0.0
 * ({@code SearchResults<DocumentWithId> search(SearchQuery, PagerFilter, Set<String>) throws
 * SearchException} on
 * https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/search/SearchProvider.html)
 * and as {@code SearchResults<Issue>} in Jira Software 11.1
 * (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html);
 * the constructor {@code (List<T> results, int total, int maxResults, int startIndex)} as called by
 * public test code (Jira 8/9 era). [unverified: the getters' names and meanings in any version;
 * {@code getEnd()} here is the stand-in's own reading; the 11.3 page was not retrieved.]
 *
 * @param <T> result type ({@code Issue} for {@code SearchService.search})
 */
public class SearchResults<T> {
  private final List<T> results;
  private final int total;
  private final int max;
  private final int start;

  public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
    this.results = List.copyOf(results);
    this.total = total;
    this.max = maxResults;
    this.start = startIndex;
  }

  public List<T> getResults() {
    return results;
  }

  /** Total number of matches, over all pages. */
  public int getTotal() {
    return total;
  }

  /** Index of the first result of this page (0-based). */
  public int getStart() {
    return start;
  }

  /** Index after the last result of this page. */
  public int getEnd() {
    return Math.min(start + max, total);
  }

  public int getMax() {
    return max;
  }
}
