package io.lodestar.pmo.jira.portfolio.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One project scope a portfolio node holds directly (table {@code AO_4669AB_PORTFOLIO_SCOPE}), in
 * order: a Jira project ({@code PROJECT_KEY}), a saved filter ({@code FILTER_ID}) or a JQL string
 * ({@code JQL}); exactly the column of {@code SCOPE_KIND} is set. Rewritten with the node, in the
 * node's transaction and under its lock.
 */
@Preload
@Table(PortfolioScopeEntity.TABLE)
public interface PortfolioScopeEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "PORTFOLIO_SCOPE";

  /** Column: the node holding the scope. Indexed. */
  String NODE_KEY = "NODE_KEY";

  /** Column: the scope's place among the node's, from 0. */
  String SCOPE_INDEX = "SCOPE_INDEX";

  /** Column: {@code PROJECT}, {@code FILTER} or {@code JQL}. */
  String SCOPE_KIND = "SCOPE_KIND";

  /** Column: the Jira project key of a {@code PROJECT} scope. Indexed. */
  String PROJECT_KEY = "PROJECT_KEY";

  String FILTER_ID = "FILTER_ID";
  String JQL = "JQL";

  @NotNull
  @Indexed
  @StringLength(20)
  String getNodeKey();

  void setNodeKey(String nodeKey);

  @NotNull
  int getScopeIndex();

  void setScopeIndex(int scopeIndex);

  @NotNull
  @StringLength(10)
  String getScopeKind();

  void setScopeKind(String scopeKind);

  @Indexed
  @StringLength(255)
  String getProjectKey();

  void setProjectKey(String projectKey);

  Long getFilterId();

  void setFilterId(Long filterId);

  @StringLength(StringLength.UNLIMITED)
  String getJql();

  void setJql(String jql);
}
