package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/**
 * Stand-in for the fluent JQL where-clause builder (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/jql/builder/JqlClauseBuilder.html
 * [unverified].
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
