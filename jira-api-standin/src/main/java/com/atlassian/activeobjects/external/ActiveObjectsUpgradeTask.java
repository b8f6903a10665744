package com.atlassian.activeobjects.external;

/**
 * Stand-in for an AO schema/data upgrade task, listed as {@code <upgradeTask>} in the {@code <ao>}
 * module. Checked against
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjectsUpgradeTask.html
 * [unverified].
 */
public interface ActiveObjectsUpgradeTask {
  ModelVersion getModelVersion();

  void upgrade(ModelVersion currentVersion, ActiveObjects ao);
}
