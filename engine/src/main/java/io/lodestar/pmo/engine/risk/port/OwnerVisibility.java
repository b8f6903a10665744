package io.lodestar.pmo.engine.risk.port;

/**
 * Port: whether a risk's owner may see the risk issue, so that a review reminder never shows an
 * owner a risk (key, title) they cannot browse. The Jira adapter checks browse permission on the
 * issue, issue security included; the sandbox checks its project access.
 */
@FunctionalInterface
public interface OwnerVisibility {

  /**
   * @param ownerKey the owner's user key; never null
   * @param issueKey the risk issue key; never null
   * @return whether the owner may browse the issue; false for unknown users or issues
   */
  boolean mayBrowse(String ownerKey, String issueKey);
}
