package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/**
 * Stand-in for Jira's JQL search service (members we use only), checked against the sources listed
 * below.
 *
 * <p>What is confirmed, and for which version:
 *
 * <ul>
 *   <li>Jira 11 keeps this interface as the domain-level entry point of the new Search API
 *       ("com.atlassian.jira.bc.issue.search.SearchService: Provides domain layer access, such as
 *       retrieving Jira issues using a JQL query"), next to the new document-level {@code
 *       com.atlassian.jira.search.issue.IssueDocumentSearchService}: Atlassian,
 *       https://confluence.atlassian.com/display/ADMINJIRASERVER/Migrating+from+Lucene+to+Search+API
 *       and
 *       https://confluence.atlassian.com/adminjiraserver/migrating-lucene-collectors-to-search-api-in-jira-11-1574503383.html.
 *   <li>The four search/count signatures below, with {@code SearchResults<Issue>} results and
 *       {@code throws SearchException}, are those overridden by a public implementation of this
 *       interface (MockSearchService in de.uhd.ifi.se.decision.management.jira.mocks, Jira 8/9
 *       era); {@code SearchResults<Issue>} as the element type is also used by Jira 8.5.0's own
 *       REST resource
 *       (https://docs.atlassian.com/software/jira/docs/api/8.5.0/com/atlassian/jira/rest/v2/search/SearchResource.html)
 *       and by Jira Software 11.1's wrapper of this service
 *       (https://docs.atlassian.com/jira-software/11.1.0-m0011/com/atlassian/greenhopper/service/issue/SearchServiceImpl.html).
 *   <li>{@code parseQuery(user, String)} returning the nested {@code SearchService.ParseResult}
 *       ("static class", not final), {@code getJqlString(Query)}: Jira 5.0 javadoc
 *       https://docs.atlassian.com/software/jira/docs/api/5.0-rc5/com/atlassian/jira/bc/issue/search/SearchService.html
 *       (then with crowd {@code User}; {@code ApplicationUser} since Jira 7).
 * </ul>
 *
 * The Jira 11.3 page of this interface was not retrieved: the exact 11.3 signatures, and whether
 * any of these methods is deprecated in 11.3, are [unverified]. {@code validateQuery} is
 * [unverified] in every version.
 */
public interface SearchService {
  SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager)
      throws SearchException;

  long searchCount(ApplicationUser searcher, Query query) throws SearchException;

  /** Like {@link #search} but ignoring the searcher's permissions and issue security. */
  SearchResults<Issue> searchOverrideSecurity(
      ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

  /** Like {@link #searchCount} but ignoring the searcher's permissions and issue security. */
  long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

  ParseResult parseQuery(ApplicationUser searcher, String query);

  MessageSet validateQuery(ApplicationUser searcher, Query query);

  String getJqlString(Query query);

  /**
   * Stand-in for the result of {@link #parseQuery}: a nested static, non-final class in Jira (5.0
   * javadoc above). Constructor seen in public test code; getter names [unverified].
   */
  class ParseResult {
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
  }
}
