package com.atlassian.query.order;

/**
 * Stand-in for the direction of a JQL sort. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/query/order/SortOrder.html
 * and Jira's JqlOrderByBuilder source, whose javadoc names {@code SortOrder#ASC} and {@code
 * SortOrder#DESC} [unverified: enum-ness; only the constant names matter for linkage].
 */
public enum SortOrder {
  ASC,
  DESC
}
