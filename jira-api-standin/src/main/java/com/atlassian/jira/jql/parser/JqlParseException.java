package com.atlassian.jira.jql.parser;

/**
 * Stand-in for "Thrown when an error occurs while parsing a JQL string" (checked exception),
 * checked against the package page in
 * https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/jql/parser/package-summary.html. We only
 * catch it and read {@link #getMessage()}; the real public constructors take a {@code
 * JqlParseErrorMessage} and are not declared here. The package-private constructor is the
 * stand-in's own and is never called by Lodestar code.
 */
public class JqlParseException extends Exception {
  private static final long serialVersionUID = 1L;

  JqlParseException(String message) {
    super(message);
  }
}
