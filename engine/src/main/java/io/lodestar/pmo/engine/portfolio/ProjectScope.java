package io.lodestar.pmo.engine.portfolio;

import java.util.Objects;

/**
 * What a portfolio member covers: a Jira project, or a JQL scope for a cross-project initiative (a
 * saved filter or a JQL string). The host runs the search as the viewer; an issue a scope reaches
 * twice is counted once in it.
 */
public sealed interface ProjectScope {

  /** The longest JQL a scope may hold. */
  int MAX_JQL = 2_000;

  /** A stable text form, for audit and equality of stored scopes. */
  String canonical();

  /** Every issue of one Jira project. */
  record JiraProject(String projectKey) implements ProjectScope {
    public JiraProject {
      Objects.requireNonNull(projectKey, "projectKey");
    }

    @Override
    public String canonical() {
      return "project:" + projectKey;
    }
  }

  /** The issues of a saved filter, as its owner shared it. */
  record SavedFilter(long filterId) implements ProjectScope {
    @Override
    public String canonical() {
      return "filter:" + filterId;
    }
  }

  /** The issues a JQL query finds. */
  record Jql(String jql) implements ProjectScope {
    public Jql {
      Objects.requireNonNull(jql, "jql");
    }

    @Override
    public String canonical() {
      return "jql:" + jql;
    }
  }
}
