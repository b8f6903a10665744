package com.atlassian.query;

/**
 * Stand-in for a parsed or built JQL query; passed between the builder and {@code SearchService}.
 * Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/query/Query.html
 * [unverified]. {@code getWhereClause()}/{@code getOrderByClause()} are not declared (their types
 * are not needed).
 */
public interface Query {
  /** The JQL string the query was parsed from, or null for a built query. */
  String getQueryString();
}
