package com.atlassian.jira.issue.link;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for a link between two issues (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/link/IssueLink.html
 * [unverified].
 */
public interface IssueLink {
  Long getId();

  Long getSourceId();

  Long getDestinationId();

  Long getLinkTypeId();

  Issue getSourceObject();

  Issue getDestinationObject();

  IssueLinkType getIssueLinkType();

  boolean isSystemLink();
}
