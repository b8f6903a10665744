package com.atlassian.jira.security;

import com.atlassian.jira.permission.GlobalPermissionKey;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Stand-in for Jira's global-permission checks (members we use only). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/GlobalPermissionManager.html
 * [unverified].
 */
public interface GlobalPermissionManager {
  boolean hasPermission(GlobalPermissionKey permissionKey, ApplicationUser user);
}
