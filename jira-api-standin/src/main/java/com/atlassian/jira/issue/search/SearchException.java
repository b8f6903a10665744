package com.atlassian.jira.issue.search;

/**
 * Stand-in for the checked exception thrown by searches, checked against the page below. Confirmed
 * as a checked exception of package {@code com.atlassian.jira.issue.search} in Jira 10.0.0
 * (https://docs.atlassian.com/software/jira/docs/api/10.0.0/com/atlassian/jira/issue/search/SearchProvider.html,
 * "throws SearchException"). [unverified: its superclass and constructors; 11.3.]
 */
public class SearchException extends Exception {
  private static final long serialVersionUID = 1L;

  public SearchException() {}

  public SearchException(String message) {
    super(message);
  }

  public SearchException(String message, Throwable cause) {
    super(message, cause);
  }

  public SearchException(Throwable cause) {
    super(cause);
  }
}
