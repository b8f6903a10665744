package com.atlassian.jira.issue.index;

/**
 * Stand-in for the checked exception of Jira's indexing, checked against Atlassian's javadoc
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/issue/index/IssueIndexingService.html
 * (package {@code com.atlassian.jira.issue.index}). [unverified: superclass {@code Exception} and
 * the constructors, for 10.x and 11.3.]
 */
public class IndexException extends Exception {
  private static final long serialVersionUID = 1L;

  public IndexException() {}

  public IndexException(String message) {
    super(message);
  }

  public IndexException(String message, Throwable cause) {
    super(message, cause);
  }
}
