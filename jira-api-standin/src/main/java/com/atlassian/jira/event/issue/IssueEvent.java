package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;

/**
 * Stand-in for Jira's issue event (members we use only; the real class has public constructors and
 * more members, which we never call). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/issue/IssueEvent.html
 * ({@code Issue getIssue()}, {@code Long getEventTypeId()}) [unverified for 11.3].
 */
public class IssueEvent {
  private final Issue issue;
  private final Long eventTypeId;

  /** For tests only: the real class is built by Jira. */
  protected IssueEvent(Issue issue, Long eventTypeId) {
    this.issue = issue;
    this.eventTypeId = eventTypeId;
  }

  public Issue getIssue() {
    return issue;
  }

  public Long getEventTypeId() {
    return eventTypeId;
  }
}
