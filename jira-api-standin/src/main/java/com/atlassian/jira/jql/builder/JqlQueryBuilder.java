package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/**
 * Stand-in for the entry point of Jira's JQL builders (members we use only). The stand-in builds a
 * small query value whose {@code toString()} is JQL-like and whose equality is by that text, so
 * unit tests can compare built queries; the real builder builds a clause tree ({@code QueryImpl})
 * and needs a running Jira ({@code ComponentAccessor}).
 *
 * <p>Checked against Jira's own source of this class in the public code index (Jira 6/7 era: {@code
 * public class JqlQueryBuilder} with private constructors; {@code static JqlQueryBuilder
 * newBuilder()}, {@code static JqlClauseBuilder newClauseBuilder()} (a clause builder with no
 * parent, so its {@code endWhere()} is null), {@code JqlClauseBuilder where()}, {@code
 * JqlOrderByBuilder orderBy()}, {@code Query buildQuery()}, {@code JqlQueryBuilder clear()}
 * clearing both the where and the order-by parts) and the Jira 4.0 documentation
 * https://confluence.atlassian.com/display/JIRA040/How+to+search+in+a+plugin ("The Query object can
 * be created using the JqlQueryBuilder"). [unverified for 10.x and 11.3.]
 */
public class JqlQueryBuilder {
  private final StandinClauseBuilder where = new StandinClauseBuilder(this);
  private final JqlOrderByBuilder orderBy = new JqlOrderByBuilder(this);

  private JqlQueryBuilder() {}

  public static JqlQueryBuilder newBuilder() {
    return new JqlQueryBuilder();
  }

  /** A clause builder with no associated query builder: its {@code endWhere()} is null. */
  public static JqlClauseBuilder newClauseBuilder() {
    return new StandinClauseBuilder(null);
  }

  public JqlClauseBuilder where() {
    return where;
  }

  public JqlOrderByBuilder orderBy() {
    return orderBy;
  }

  /** Clears the where and the order-by parts, as the real builder does. */
  public JqlQueryBuilder clear() {
    where.clear();
    orderBy.clear();
    return this;
  }

  public Query buildQuery() {
    return new StandinQuery(where.jql() + orderBy.jql());
  }
}
