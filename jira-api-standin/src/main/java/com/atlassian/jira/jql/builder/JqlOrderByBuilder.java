package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import com.atlassian.query.order.SortOrder;

/**
 * Stand-in for the ORDER BY part of {@link JqlQueryBuilder} (members we use only); a class with a
 * package-private constructor, as in Jira. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/jql/builder/JqlOrderByBuilder.html
 * and Jira's own JqlOrderByBuilder source ({@code issueKey(SortOrder)}, {@code endOrderBy()},
 * {@code buildQuery()} delegating to the parent builder).
 */
public class JqlOrderByBuilder {
  private final JqlQueryBuilder parent;
  private final StringBuilder sorts = new StringBuilder();

  JqlOrderByBuilder(JqlQueryBuilder parent) {
    this.parent = parent;
  }

  String jql() {
    return sorts.length() == 0 ? "" : " ORDER BY " + sorts;
  }

  public JqlOrderByBuilder issueKey(SortOrder order) {
    if (sorts.length() > 0) {
      sorts.append(", ");
    }
    sorts.append("key ").append(order == null ? SortOrder.ASC : order);
    return this;
  }

  public JqlQueryBuilder endOrderBy() {
    return parent;
  }

  public Query buildQuery() {
    return parent.buildQuery();
  }
}
