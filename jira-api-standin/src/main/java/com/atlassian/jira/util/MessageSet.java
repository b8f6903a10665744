package com.atlassian.jira.util;

import java.util.Set;

/**
 * Stand-in for a set of error and warning messages (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/util/MessageSet.html
 * [unverified].
 */
public interface MessageSet {
  boolean hasAnyErrors();

  Set<String> getErrorMessages();

  Set<String> getWarningMessages();
}
