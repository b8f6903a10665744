package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in for the system project permission keys (constants we use only). Object constants are
 * resolved at run time, so only their names and types matter for linkage. Checked against
 * https://docs.atlassian.com/jira/latest/com/atlassian/jira/permission/ProjectPermissions.html
 * (stored copy, Jira 7.x era: {@code public class ProjectPermissions extends Object}, not final,
 * with a public no-argument constructor; {@code public static final ProjectPermissionKey}
 * ADMINISTER_PROJECTS, BROWSE_PROJECTS, CREATE_ISSUES, EDIT_ISSUES among others; also {@code static
 * systemProjectPermissionKeyByShortName(String)}, not declared here) [unverified for 11.3].
 */
public class ProjectPermissions {
  public static final ProjectPermissionKey BROWSE_PROJECTS =
      new ProjectPermissionKey("BROWSE_PROJECTS");
  public static final ProjectPermissionKey ADMINISTER_PROJECTS =
      new ProjectPermissionKey("ADMINISTER_PROJECTS");
  public static final ProjectPermissionKey CREATE_ISSUES =
      new ProjectPermissionKey("CREATE_ISSUES");
  public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

  public ProjectPermissions() {}
}
