package io.lodestar.pmo.jira.portfolio.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A strategic objective of a portfolio (table {@code AO_4669AB_STRATEGIC_OBJECTIVE}, engine {@link
 * io.lodestar.pmo.engine.alignment.StrategicObjective}). The horizon is ISO-8601 date text and the
 * weight and KPI target plain decimal text, as in {@link ProjectProfileEntity}.
 */
@Preload
@Table(ObjectiveEntity.TABLE)
public interface ObjectiveEntity extends Entity {

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
