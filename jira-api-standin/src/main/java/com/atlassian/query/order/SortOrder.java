package com.atlassian.query.order;

/**
 * Stand-in for the direction of a JQL sort. Checked against Jira's own source of this type in the
 * public code index (Jira 6/7 era: {@code public enum SortOrder { ASC, DESC; ... }} with a static
 * {@code parseString(String)}, not declared here). [unverified for 11.3.]
 */
public enum SortOrder {
  ASC,
  DESC
}
