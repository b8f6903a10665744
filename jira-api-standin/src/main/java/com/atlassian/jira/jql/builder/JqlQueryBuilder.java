package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/**
 * Stand-in for the entry point of Jira's JQL builders (members we use only). The stand-in builds a
 * small query value whose {@code toString()} is JQL-like and whose equality is by that text, so
 * unit tests can compare built queries; the real builder builds a clause tree instead. Checked
 * against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/jql/builder/JqlQueryBuilder.html
 * [unverified].
 */
public class JqlQueryBuilder {
  private final StandinClauseBuilder where = new StandinClauseBuilder(this);
  private final JqlOrderByBuilder orderBy = new JqlOrderByBuilder(this);

  private JqlQueryBuilder() {}

  public static JqlQueryBuilder newBuilder() {
    return new JqlQueryBuilder();
  }

  public static JqlClauseBuilder newClauseBuilder() {
    return new JqlQueryBuilder().where();
  }

  public JqlClauseBuilder where() {
    return where;
  }

  /** Checked against the same page: returns the builder of the ORDER BY part. */
  public JqlOrderByBuilder orderBy() {
    return orderBy;
  }

  public JqlQueryBuilder clear() {
    where.clear();
    return this;
  }

  public Query buildQuery() {
    return new StandinQuery(where.jql() + orderBy.jql());
  }
}
