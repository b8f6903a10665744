package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Stand-in for the system project permission keys. Object constants are resolved at run time, so
 * only their names matter for linkage. Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/permission/ProjectPermissions.html
 * [unverified].
 */
public final class ProjectPermissions {
  public static final ProjectPermissionKey BROWSE_PROJECTS =
      new ProjectPermissionKey("BROWSE_PROJECTS");
  public static final ProjectPermissionKey ADMINISTER_PROJECTS =
      new ProjectPermissionKey("ADMINISTER_PROJECTS");
  public static final ProjectPermissionKey CREATE_ISSUES =
      new ProjectPermissionKey("CREATE_ISSUES");
  public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");

  private ProjectPermissions() {}
}
