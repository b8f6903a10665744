package com.atlassian.jira.user;

/**
 * Stand-in for Jira's user interface. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/user/ApplicationUser.html
 * [unverified].
 */
public interface ApplicationUser {
  /** Stable user key (survives renames). */
  String getKey();

  String getUsername();

  String getName();

  String getDisplayName();

  String getEmailAddress();

  boolean isActive();

  Long getId();

  long getDirectoryId();
}
