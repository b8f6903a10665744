package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;
import com.atlassian.query.order.SortOrder;

/**
 * Stand-in for the ORDER BY part of {@link JqlQueryBuilder} (members we use only); a class with a
 * package-private constructor, as in Jira. Checked against Jira's own source of this class in the
 * public code index (Jira 6/7 era: {@code public class JqlOrderByBuilder}, constructor {@code
 * JqlOrderByBuilder(JqlQueryBuilder parent)} package-private; {@code JqlOrderByBuilder
 * issueKey(SortOrder)}, {@code JqlOrderByBuilder clear()}, {@code JqlQueryBuilder endOrderBy()},
 * {@code Query buildQuery()} delegating to the parent builder when there is one). [unverified for
 * 10.x and 11.3.]
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

  /** Removes every sort. */
  public JqlOrderByBuilder clear() {
    sorts.setLength(0);
    return this;
  }

  public JqlQueryBuilder endOrderBy() {
    return parent;
  }

  public Query buildQuery() {
    return parent.buildQuery();
  }
}
