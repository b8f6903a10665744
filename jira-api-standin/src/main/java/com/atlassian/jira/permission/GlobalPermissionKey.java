package com.atlassian.jira.permission;

import java.util.Objects;

/**
 * Stand-in for the key of a global permission; a value class (equality by key). Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/permission/GlobalPermissionKey.html
 * [unverified].
 */
public final class GlobalPermissionKey {
  public static final GlobalPermissionKey SYSTEM_ADMIN = new GlobalPermissionKey("SYSTEM_ADMIN");
  public static final GlobalPermissionKey ADMINISTER = new GlobalPermissionKey("ADMINISTER");
  public static final GlobalPermissionKey USE = new GlobalPermissionKey("USE");

  private final String key;

  private GlobalPermissionKey(String key) {
    this.key = Objects.requireNonNull(key, "key");
  }

  public static GlobalPermissionKey of(String key) {
    return new GlobalPermissionKey(key);
  }

  public String getKey() {
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GlobalPermissionKey other && key.equals(other.key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
