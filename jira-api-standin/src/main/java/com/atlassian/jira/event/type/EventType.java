package com.atlassian.jira.event.type;

/**
 * Stand-in for Jira's event types (the id constants we use only; {@code Long} objects, resolved at
 * run time, not inlined). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/10.3.0/com/atlassian/jira/event/type/EventType.html
 * (ISSUE_CREATED_ID = 1, ISSUE_UPDATED_ID = 2, ISSUE_DELETED_ID = 8) [unverified for 11.3].
 */
public class EventType {
  public static final Long ISSUE_CREATED_ID = 1L;
  public static final Long ISSUE_UPDATED_ID = 2L;
  public static final Long ISSUE_DELETED_ID = 8L;

  protected EventType() {}
}
