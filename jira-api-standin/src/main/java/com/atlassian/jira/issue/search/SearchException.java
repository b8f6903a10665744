package com.atlassian.jira.issue.search;

/**
 * Stand-in for the checked exception thrown by searches. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/search/SearchException.html
 * [unverified].
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
