package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * FROZEN copy of {@code ObjectiveLinkEntity} as of AO model version 3, used only by {@link
 * PortfolioStructureTask}. Never edit it: later upgrade tasks get their own copies.
 */
@Preload
@Table("OBJECTIVE_LINK")
public interface ObjectiveLinkEntityV3 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "OBJECTIVE_LINK";

  String PROJECT_KEY = "PROJECT_KEY";

  /** Column: the objective's id. Indexed. */
  String OBJECTIVE_ID = "OBJECTIVE_ID";

  String SHARE_PERCENT = "SHARE_PERCENT";

  @NotNull
  @StringLength(255)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  @Indexed
  @StringLength(64)
  String getObjectiveId();

  void setObjectiveId(String objectiveId);

  @NotNull
  @StringLength(40)
  String getSharePercent();

  void setSharePercent(String sharePercent);
}
