package com.atlassian.jira.issue.customfields.impl;

/**
 * Stand-in for the exception a custom field type throws for an unparsable value. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/impl/FieldValidationException.html
 * [unverified: superclass].
 */
public class FieldValidationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public FieldValidationException(String message) {
    super(message);
  }
}
