package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for Jira's own user manager (not SAL's). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/user/util/UserManager.html
 * [unverified].
 */
public interface UserManager {
  /** Returns null when no user has that key. */
  ApplicationUser getUserByKey(String userKey);

  /** Returns null when no user has that name. */
  ApplicationUser getUserByName(String userName);
}
