package com.atlassian.jira.security.plugin;

import java.util.Objects;

/**
 * Stand-in for the key of a project permission; a value class (equality by key). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/security/plugin/ProjectPermissionKey.html
 * [unverified].
 */
public final class ProjectPermissionKey {
  private final String permissionKey;

  public ProjectPermissionKey(String permissionKey) {
    this.permissionKey = Objects.requireNonNull(permissionKey, "permissionKey");
  }

  public String permissionKey() {
    return permissionKey;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ProjectPermissionKey other && permissionKey.equals(other.permissionKey);
  }

  @Override
  public int hashCode() {
    return permissionKey.hashCode();
  }

  @Override
  public String toString() {
    return permissionKey;
  }
}
