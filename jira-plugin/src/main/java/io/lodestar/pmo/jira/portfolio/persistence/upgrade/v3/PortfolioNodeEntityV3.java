package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code PortfolioNodeEntity} as of AO model version 3, used only by {@link
 * PortfolioStructureTask}. Never edit it: later upgrade tasks get their own copies.
 */
@Preload
@Table("PORTFOLIO_NODE")
public interface PortfolioNodeEntityV3 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "PORTFOLIO_NODE";

  /** Column: the node key ({@code DIGITAL}), unique. */
  String NODE_KEY = "NODE_KEY";

  /** Column: {@code PORTFOLIO} or {@code PROGRAM}. */
  String KIND = "KIND";

  String NAME = "NAME";

  /** Column: the portfolio of a program; null for a portfolio. Indexed. */
  String PARENT_KEY = "PARENT_KEY";

  String OWNER_KEY = "OWNER_KEY";
  String SPONSOR_KEY = "SPONSOR_KEY";

  /** Column: ISO 4217 code. */
  String CURRENCY = "CURRENCY";

  /** Column: the engine's {@code PercentCompleteMethod} name. */
  String PROGRESS_METHOD = "PROGRESS_METHOD";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(20)
  String getNodeKey();

  void setNodeKey(String nodeKey);

  @NotNull
  @StringLength(10)
  String getKind();

  void setKind(String kind);

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);

  @Indexed
  @StringLength(20)
  String getParentKey();

  void setParentKey(String parentKey);

  @NotNull
  @StringLength(255)
  String getOwnerKey();

  void setOwnerKey(String ownerKey);

  @NotNull
  @StringLength(255)
  String getSponsorKey();

  void setSponsorKey(String sponsorKey);

  @NotNull
  @StringLength(3)
  String getCurrency();

  void setCurrency(String currency);

  @NotNull
  @StringLength(20)
  String getProgressMethod();

  void setProgressMethod(String progressMethod);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
