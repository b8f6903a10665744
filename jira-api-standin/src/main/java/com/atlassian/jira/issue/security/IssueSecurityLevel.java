package com.atlassian.jira.issue.security;

/**
 * Stand-in for an issue security level (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/issue/security/IssueSecurityLevel.html
 * ({@code Long getId()}, {@code String getName()}, {@code Long getSchemeId()}) [unverified for
 * 11.3].
 */
public interface IssueSecurityLevel {
  Long getId();

  String getName();

  Long getSchemeId();
}
