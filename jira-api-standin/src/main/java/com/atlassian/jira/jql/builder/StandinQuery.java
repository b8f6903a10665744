package com.atlassian.jira.jql.builder;

import com.atlassian.query.Query;

/** Stand-in only (no real counterpart): a built query, equal by its JQL-like text. */
final class StandinQuery implements Query {
  private final String jql;

  StandinQuery(String jql) {
    this.jql = jql;
  }

  @Override
  public String getQueryString() {
    return null;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StandinQuery other && jql.equals(other.jql);
  }

  @Override
  public int hashCode() {
    return jql.hashCode();
  }

  @Override
  public String toString() {
    return jql;
  }
}
