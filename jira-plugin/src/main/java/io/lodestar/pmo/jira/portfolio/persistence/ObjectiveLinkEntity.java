package io.lodestar.pmo.jira.portfolio.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A project serving a strategic objective with a share of its work (table {@code
 * AO_4669AB_OBJECTIVE_LINK}, engine {@link io.lodestar.pmo.engine.alignment.ObjectiveLink}); the
 * share is plain decimal text, 0–100.
 */
@Preload
@Table(ObjectiveLinkEntity.TABLE)
public interface ObjectiveLinkEntity extends Entity {

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
