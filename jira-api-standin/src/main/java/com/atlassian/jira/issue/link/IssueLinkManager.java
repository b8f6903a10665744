package com.atlassian.jira.issue.link;

import java.util.List;

/**
 * Stand-in for Jira's issue link manager (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/link/IssueLinkManager.html
 * [unverified].
 */
public interface IssueLinkManager {
  /** Links whose source is the given issue. */
  List<IssueLink> getOutwardLinks(Long sourceIssueId);

  /** Links whose destination is the given issue. */
  List<IssueLink> getInwardLinks(Long destinationIssueId);

  boolean isLinkingEnabled();
}
