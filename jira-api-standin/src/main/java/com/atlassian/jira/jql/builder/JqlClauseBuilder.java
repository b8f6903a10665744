package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/**
 * Stand-in for the fluent JQL where-clause builder (members we use only). Checked against Jira's
 * own source of this interface in the public code index (Jira 6/7 era, {@code @NotThreadSafe public
 * interface JqlClauseBuilder}: {@code endWhere()} (null when there is no associated query builder),
 * {@code buildQuery()} (equals {@code endWhere().buildQuery()} when there is one), {@code clear()},
 * {@code and()}, {@code or()}, {@code not()}, {@code sub()}, {@code endsub()}, {@code
 * project(String...)}, {@code project(Long...)}, {@code issueType(String...)}, {@code
 * status(String...)}, {@code unresolved()}, all returning {@code JqlClauseBuilder} except the first
 * two) and a public mock implementation of it (which also implements {@code statusCategory()}, so
 * Jira 6.1+). [unverified for 10.x and 11.3.]
 */
public interface JqlClauseBuilder {
  JqlQueryBuilder endWhere();

  Query buildQuery();

  JqlClauseBuilder clear();

  JqlClauseBuilder and();

  JqlClauseBuilder or();

  JqlClauseBuilder not();

  JqlClauseBuilder sub();

  JqlClauseBuilder endsub();

  JqlClauseBuilder project(String... projects);

  JqlClauseBuilder project(Long... projectIds);

  JqlClauseBuilder issueType(String... types);

  JqlClauseBuilder status(String... statuses);

  JqlClauseBuilder unresolved();
}
