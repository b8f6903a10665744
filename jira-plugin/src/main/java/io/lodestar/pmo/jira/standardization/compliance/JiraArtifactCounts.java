package io.lodestar.pmo.jira.standardization.compliance;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.jql.parser.JqlParseException;
import com.atlassian.jira.jql.parser.JqlQueryParser;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.query.Query;
import io.lodestar.pmo.engine.standardization.compliance.ArtifactCountPort;
import java.util.Objects;

/**
 * The engine's {@link ArtifactCountPort} on Jira's search: the rule's JQL is parsed with {@link
 * JqlQueryParser#parseQuery}, validated with {@link SearchService#validateQuery} and counted with
 * {@link SearchService#searchCount} as the user running the scan (the signed-in user; none for the
 * nightly job, which then counts only what anonymous users may browse). No issue is loaded. JQL
 * that does not parse or validate, and a failing search, give {@link ArtifactCountPort.Unavailable}
 * with the reason, so the rule reads "cannot evaluate: reason" and the scan goes on.
 */
public final class JiraArtifactCounts implements ArtifactCountPort {

  /** Longest reason kept (the parser's messages quote the query). */
  static final int MAX_REASON_LENGTH = 500;

  private final SearchService searchService;
  private final JqlQueryParser parser;
  private final JiraAuthenticationContext authentication;

  public JiraArtifactCounts(
      SearchService searchService,
      JqlQueryParser parser,
      JiraAuthenticationContext authentication) {
    this.searchService = Objects.requireNonNull(searchService, "searchService");
    this.parser = Objects.requireNonNull(parser, "parser");
    this.authentication = Objects.requireNonNull(authentication, "authentication");
  }

  @Override
  public CountAnswer count(String jql) {
    if (jql == null || jql.isBlank()) {
      return new Unavailable("no JQL");
    }
    Query query;
    try {
      query = parser.parseQuery(jql);
    } catch (JqlParseException e) {
      return new Unavailable(reason("JQL does not parse", e.getMessage()));
    }
    ApplicationUser user = authentication.getLoggedInUser();
    MessageSet problems = searchService.validateQuery(user, query);
    if (problems != null && problems.hasAnyErrors()) {
      return new Unavailable(
          reason("JQL is not valid", String.join("; ", problems.getErrorMessages())));
    }
    try {
      return new Counted(Math.max(0, searchService.searchCount(user, query)));
    } catch (SearchException | RuntimeException e) {
      return new Unavailable(reason("the search failed", e.getMessage()));
    }
  }

  private static String reason(String what, String detail) {
    String text = detail == null || detail.isBlank() ? what : what + ": " + detail.strip();
    return text.length() <= MAX_REASON_LENGTH ? text : text.substring(0, MAX_REASON_LENGTH) + "…";
  }
}
