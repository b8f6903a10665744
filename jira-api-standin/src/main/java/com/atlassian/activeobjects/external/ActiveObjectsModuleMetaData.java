package com.atlassian.activeobjects.external;

/**
 * Stand-in for the metadata of a plugin's {@code <ao>} module. Checked against
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjectsModuleMetaData.html
 * [unverified].
 */
public interface ActiveObjectsModuleMetaData {
  /** Waits for AO to be ready, e.g. during upgrade tasks. */
  void awaitInitialization();

  boolean isInitialized();

  boolean isDataSourcePresent();
}
