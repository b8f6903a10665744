package io.lodestar.pmo.jira.risk.job;

/**
 * Whether a risk's owner may see the risk issue, so that a reminder never shows an owner a risk
 * (title, key) they cannot browse. Jira: browse permission including issue security.
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
