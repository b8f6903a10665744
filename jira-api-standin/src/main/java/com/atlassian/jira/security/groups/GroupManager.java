package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for Jira's group manager (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/groups/GroupManager.html
 * [unverified].
 */
public interface GroupManager {
  boolean isUserInGroup(ApplicationUser user, String groupName);
}
