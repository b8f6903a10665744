package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * Stand-in for one page of search results; a value class so unit tests can build pages. Checked
 * against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/search/SearchResults.html
 * [unverified: getters; constructor seen in public test code].
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
