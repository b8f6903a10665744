package com.atlassian.jira.security.groups;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Stand-in for Jira's group manager (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/groups/GroupManager.html
 * [unverified].
 */
public interface GroupManager {
  boolean isUserInGroup(ApplicationUser user, String groupName);

  /** The names of all the groups the user belongs to. */
  Collection<String> getGroupNamesForUser(ApplicationUser user);
}
