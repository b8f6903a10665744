package com.atlassian.jira.issue.link;

/**
 * Stand-in for an issue link type (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/link/IssueLinkType.html
 * [unverified].
 */
public interface IssueLinkType {
  Long getId();

  String getName();

  String getOutward();

  String getInward();

  boolean isSubTaskLinkType();

  boolean isSystemLinkType();
}
