package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code ObjectiveEntity} as of AO model version 3, used only by {@link
 * PortfolioStructureTask}. Never edit it: later upgrade tasks get their own copies.
 */
@Preload
@Table("STRATEGIC_OBJECTIVE")
public interface ObjectiveEntityV3 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "STRATEGIC_OBJECTIVE";

  /** Column: the objective's stable id, unique. */
  String OBJECTIVE_ID = "OBJECTIVE_ID";

  /** Column: the portfolio it belongs to. Indexed. */
  String PORTFOLIO_KEY = "PORTFOLIO_KEY";

  String NAME = "NAME";
  String OWNER_KEY = "OWNER_KEY";
  String HORIZON = "HORIZON";
  String WEIGHT = "WEIGHT";
  String KPI = "KPI";
  String KPI_TARGET = "KPI_TARGET";
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getObjectiveId();

  void setObjectiveId(String objectiveId);

  @NotNull
  @Indexed
  @StringLength(20)
  String getPortfolioKey();

  void setPortfolioKey(String portfolioKey);

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);

  @NotNull
  @StringLength(255)
  String getOwnerKey();

  void setOwnerKey(String ownerKey);

  @NotNull
  @StringLength(10)
  String getHorizon();

  void setHorizon(String horizon);

  @NotNull
  @StringLength(40)
  String getWeight();

  void setWeight(String weight);

  @NotNull
  @StringLength(255)
  String getKpi();

  void setKpi(String kpi);

  @NotNull
  @StringLength(40)
  String getKpiTarget();

  void setKpiTarget(String kpiTarget);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
