package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Stand-in only (no real counterpart): JQL text accumulator behind {@link JqlClauseBuilder}. */
final class StandinClauseBuilder implements JqlClauseBuilder {
  private final JqlQueryBuilder parent; // null for JqlQueryBuilder.newClauseBuilder()
  private final StringBuilder jql = new StringBuilder();

  StandinClauseBuilder(JqlQueryBuilder parent) {
    this.parent = parent;
  }

  String jql() {
    return jql.toString().trim();
  }

  private JqlClauseBuilder append(String text) {
    jql.append(text);
    return this;
  }

  private JqlClauseBuilder terminal(String field, Object[] values) {
    String rendered =
        Arrays.stream(values).map(StandinClauseBuilder::quote).collect(Collectors.joining(", "));
    return append(values.length == 1 ? field + " = " + rendered : field + " in (" + rendered + ")");
  }

  private static String quote(Object value) {
    if (value instanceof Number) {
      return value.toString();
    }
    return "\"" + String.valueOf(value).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  @Override
  public JqlQueryBuilder endWhere() {
    return parent;
  }

  /** Like Jira's: the parent's query (with its ORDER BY) when there is a parent. */
  @Override
  public Query buildQuery() {
    return parent != null ? parent.buildQuery() : new StandinQuery(jql());
  }

  @Override
  public JqlClauseBuilder clear() {
    jql.setLength(0);
    return this;
  }

  @Override
  public JqlClauseBuilder and() {
    return append(" AND ");
  }

  @Override
  public JqlClauseBuilder or() {
    return append(" OR ");
  }

  @Override
  public JqlClauseBuilder not() {
    return append("NOT ");
  }

  @Override
  public JqlClauseBuilder sub() {
    return append("(");
  }

  @Override
  public JqlClauseBuilder endsub() {
    return append(")");
  }

  @Override
  public JqlClauseBuilder project(String... projects) {
    return terminal("project", projects);
  }

  @Override
  public JqlClauseBuilder project(Long... projectIds) {
    return terminal("project", projectIds);
  }

  @Override
  public JqlClauseBuilder issueType(String... types) {
    return terminal("issuetype", types);
  }

  @Override
  public JqlClauseBuilder status(String... statuses) {
    return terminal("status", statuses);
  }

  @Override
  public JqlClauseBuilder unresolved() {
    return append("resolution IS EMPTY");
  }
}
