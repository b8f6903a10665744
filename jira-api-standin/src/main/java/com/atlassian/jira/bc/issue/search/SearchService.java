package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.util.Objects;

/**
 * Stand-in for Jira's JQL search service (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/bc/issue/search/SearchService.html
 * [unverified; signatures seen in a public mock implementation].
 */
public interface SearchService {
  SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
      throws SearchException;

  long searchCount(ApplicationUser searcher, Query query) throws SearchException;

  /**
   * Like {@link #search} but ignoring the searcher's permissions and issue security. Checked
   * against
   * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/bc/issue/search/SearchService.html
   * and a public implementation of this interface (MockSearchService in
   * de.uhd.ifi.se.decision.management.jira.mocks, which overrides exactly this signature).
   */
  SearchResults<Issue> searchOverrideSecurity(
      ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

  /**
   * Like {@link #searchCount} but ignoring the searcher's permissions and issue security. Checked
   * against the same javadoc page and public implementation as {@link #searchOverrideSecurity}.
   */
  long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

  ParseResult parseQuery(ApplicationUser searcher, String query);

  MessageSet validateQuery(ApplicationUser searcher, Query query);

  String getJqlString(Query query);

  /**
   * Stand-in for the result of {@link #parseQuery}; a value class. [unverified: nested final class
   * and getter names]
   */
  final class ParseResult {
    private final Query query;
    private final MessageSet errors;

    public ParseResult(Query query, MessageSet errors) {
      this.query = query;
      this.errors = errors;
    }

    public Query getQuery() {
      return query;
    }

    public MessageSet getErrors() {
      return errors;
    }

    public boolean isValid() {
      return errors == null || !errors.hasAnyErrors();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ParseResult other
          && Objects.equals(query, other.query)
          && Objects.equals(errors, other.errors);
    }

    @Override
    public int hashCode() {
      return Objects.hash(query, errors);
    }
  }
}
