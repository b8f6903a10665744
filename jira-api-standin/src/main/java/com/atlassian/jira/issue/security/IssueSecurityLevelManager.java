package com.atlassian.jira.issue.security;

import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/**
 * Stand-in for Jira's issue security level manager (members we use only). Checked against
 * https://docs.atlassian.com/jira/server/com/atlassian/jira/issue/security/IssueSecurityLevelManager.html
 * ({@code Collection<IssueSecurityLevel> getAllSecurityLevelsForUser(ApplicationUser)}: "the
 * different levels of security that the user can see across all projects") [unverified for 11.3].
 */
public interface IssueSecurityLevelManager {
  Collection<IssueSecurityLevel> getAllSecurityLevelsForUser(ApplicationUser user);
}
