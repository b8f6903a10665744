package io.lodestar.pmo.jira.portfolio.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A portfolio or a program (table {@code AO_4669AB_PORTFOLIO_NODE}, engine {@link
 * io.lodestar.pmo.engine.portfolio.PortfolioNode}); its project scopes are rows of {@link
 * PortfolioScopeEntity}. The unique {@code NODE_KEY} keeps two nodes of the cluster from creating
 * the same key twice.
 */
@Preload
@Table(PortfolioNodeEntity.TABLE)
public interface PortfolioNodeEntity extends Entity {

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
