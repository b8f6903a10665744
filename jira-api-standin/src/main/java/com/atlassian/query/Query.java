package com.atlassian.query;

/**
 * Stand-in for a parsed or built JQL query; passed between the builder and {@code SearchService}.
 * Checked against Atlassian's Jira 4.0 documentation
 * https://confluence.atlassian.com/display/JIRA/__Searching+in+JIRA ({@code public interface Query}
 * with {@code Clause getWhereClause()}, {@code OrderBy getOrderByClause()}, {@code String
 * getQueryString()}, the last "the original query string ... If not provided, will return null").
 * Only {@code getQueryString()} is declared (the clause types are not needed). Not to be confused
 * with Jira 11's new index-level {@code Query} in package {@code com.atlassian.jira.search}
 * (https://confluence.atlassian.com/display/ADMINJIRASERVER/Migrating+from+Lucene+to+Search+API).
 * [unverified for 11.3: that SearchService still takes this type.]
 */
public interface Query {
  /** The JQL string the query was parsed from, or null for a built query. */
  String getQueryString();
}
