package io.lodestar.pmo.jira.portfolio.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * The engine's {@link PortfolioStore} on {@link PortfolioNodeEntity} and {@link
 * PortfolioScopeEntity}. Each write is one transaction (joining the caller's) that first takes the
 * cluster lock {@code lodestar.internal.lock.portfolio-node.<KEY>}, held until the outermost
 * transaction has ended ({@link ClusterWriteLocks}), so two writers holding the same version cannot
 * both win, on one node or several; the version is checked inside the lock. A node's scopes are
 * replaced with it. Reads are bounded: at most {@link PortfolioStore#MAX_LIST} nodes, their scopes
 * read in one IN query per {@value #IN_CHUNK} nodes.
 */
public final class AoPortfolioStore implements PortfolioStore {

  /** The most node keys in one IN list. */
  static final int IN_CHUNK = 100;

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoPortfolioStore(ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  /** Suffix of the lock name of one node's row and scopes. */
  static String lockSuffix(String nodeKey) {
    return "portfolio-node." + nodeKey;
  }

  @Override
  public Optional<PortfolioNode> find(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    PortfolioNodeEntity[] rows =
        ao.find(
            PortfolioNodeEntity.class,
            Query.select().where(PortfolioNodeEntity.NODE_KEY + " = ?", key).limit(2));
    if (rows.length > 1) {
      throw new StoredDataException(PortfolioNodeEntity.TABLE + ": two rows for node " + key);
    }
    return withScopes(List.of(rows)).stream().findFirst();
  }

  @Override
  public List<PortfolioNode> list(int startAt, int limit) {
    if (startAt < 0 || limit < 0 || limit > MAX_LIST) {
      throw new IllegalArgumentException("startAt >= 0 and limit within [0, " + MAX_LIST + "]");
    }
    if (limit == 0) {
      return List.of();
    }
    PortfolioNodeEntity[] rows =
        ao.find(
            PortfolioNodeEntity.class,
            Query.select()
                .order(PortfolioNodeEntity.NODE_KEY + " ASC")
                .offset(startAt)
                .limit(limit));
    return withScopes(List.of(rows));
  }

  @Override
  public List<PortfolioNode> programsOf(String portfolioKey) {
    if (portfolioKey == null) {
      return List.of();
    }
    PortfolioNodeEntity[] rows =
        ao.find(
            PortfolioNodeEntity.class,
            Query.select()
                .where(PortfolioNodeEntity.PARENT_KEY + " = ?", portfolioKey)
                .order(PortfolioNodeEntity.NODE_KEY + " ASC")
                .limit(MAX_LIST));
    return withScopes(List.of(rows));
  }

  @Override
  public StoreResult<PortfolioNode> create(PortfolioNode node) {
    Objects.requireNonNull(node, "node");
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(node.key()));
          if (row(node.key()).isPresent()) {
            return StoreResult.<PortfolioNode>conflict(0, 1);
          }
          PortfolioNode stored = node.withVersion(1);
          ao.create(
              PortfolioNodeEntity.class,
              new DBParam(PortfolioNodeEntity.NODE_KEY, stored.key()),
              new DBParam(PortfolioNodeEntity.KIND, stored.kind().name()),
              new DBParam(PortfolioNodeEntity.NAME, stored.name()),
              new DBParam(PortfolioNodeEntity.PARENT_KEY, stored.parentKey()),
              new DBParam(PortfolioNodeEntity.OWNER_KEY, stored.ownerKey()),
              new DBParam(PortfolioNodeEntity.SPONSOR_KEY, stored.sponsorKey()),
              new DBParam(PortfolioNodeEntity.CURRENCY, stored.currency()),
              new DBParam(PortfolioNodeEntity.PROGRESS_METHOD, stored.progressMethod().name()),
              new DBParam(PortfolioNodeEntity.VERSION, 1L));
          writeScopes(stored);
          return StoreResult.stored(stored);
        });
  }

  @Override
  public StoreResult<PortfolioNode> update(PortfolioNode node) {
    Objects.requireNonNull(node, "node");
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(node.key()));
          Optional<PortfolioNodeEntity> found = row(node.key());
          if (found.isEmpty()) {
            return StoreResult.<PortfolioNode>missing();
          }
          PortfolioNodeEntity row = found.get();
          if (row.getVersion() != node.version()) {
            return StoreResult.<PortfolioNode>conflict(node.version(), row.getVersion());
          }
          PortfolioNode stored = node.withVersion(node.version() + 1);
          row.setKind(stored.kind().name());
          row.setName(stored.name());
          row.setParentKey(stored.parentKey());
          row.setOwnerKey(stored.ownerKey());
          row.setSponsorKey(stored.sponsorKey());
          row.setCurrency(stored.currency());
          row.setProgressMethod(stored.progressMethod().name());
          row.setVersion(stored.version());
          row.save();
          ao.deleteWithSQL(
              PortfolioScopeEntity.class, PortfolioScopeEntity.NODE_KEY + " = ?", node.key());
          writeScopes(stored);
          return StoreResult.stored(stored);
        });
  }

  private Optional<PortfolioNodeEntity> row(String key) {
    PortfolioNodeEntity[] rows =
        ao.find(
            PortfolioNodeEntity.class,
            Query.select().where(PortfolioNodeEntity.NODE_KEY + " = ?", key).limit(2));
    if (rows.length > 1) {
      throw new StoredDataException(PortfolioNodeEntity.TABLE + ": two rows for node " + key);
    }
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private void writeScopes(PortfolioNode node) {
    int position = 0;
    for (ProjectScope scope : node.scopes()) {
      String kind;
      String projectKey = null;
      Long filterId = null;
      String jql = null;
      if (scope instanceof ProjectScope.JiraProject p) {
        kind = "PROJECT";
        projectKey = p.projectKey();
      } else if (scope instanceof ProjectScope.SavedFilter f) {
        kind = "FILTER";
        filterId = f.filterId();
      } else {
        kind = "JQL";
        jql = ((ProjectScope.Jql) scope).jql();
      }
      ao.create(
          PortfolioScopeEntity.class,
          new DBParam(PortfolioScopeEntity.NODE_KEY, node.key()),
          new DBParam(PortfolioScopeEntity.SCOPE_INDEX, position++),
          new DBParam(PortfolioScopeEntity.SCOPE_KIND, kind),
          new DBParam(PortfolioScopeEntity.PROJECT_KEY, projectKey),
          new DBParam(PortfolioScopeEntity.FILTER_ID, filterId),
          new DBParam(PortfolioScopeEntity.JQL, jql));
    }
  }

  private List<PortfolioNode> withScopes(List<PortfolioNodeEntity> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, List<ProjectScope>> scopes = new LinkedHashMap<>();
    List<String> keys = rows.stream().map(PortfolioNodeEntity::getNodeKey).toList();
    for (int from = 0; from < keys.size(); from += IN_CHUNK) {
      List<String> chunk = keys.subList(from, Math.min(keys.size(), from + IN_CHUNK));
      PortfolioScopeEntity[] scopeRows =
          ao.find(
              PortfolioScopeEntity.class,
              Query.select()
                  .where(
                      PortfolioScopeEntity.NODE_KEY
                          + " IN ("
                          + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                          + ")",
                      chunk.toArray())
                  .order(
                      PortfolioScopeEntity.NODE_KEY
                          + " ASC, "
                          + PortfolioScopeEntity.SCOPE_INDEX
                          + " ASC"));
      for (PortfolioScopeEntity s : scopeRows) {
        scopes.computeIfAbsent(s.getNodeKey(), k -> new ArrayList<>()).add(toScope(s));
      }
    }
    List<PortfolioNode> nodes = new ArrayList<>(rows.size());
    for (PortfolioNodeEntity row : rows) {
      nodes.add(toNode(row, scopes.getOrDefault(row.getNodeKey(), List.of())));
    }
    return nodes;
  }

  private static ProjectScope toScope(PortfolioScopeEntity s) {
    String name = PortfolioScopeEntity.TABLE + " row " + s.getID();
    String kind = s.getScopeKind();
    if ("PROJECT".equals(kind) && s.getProjectKey() != null) {
      return new ProjectScope.JiraProject(s.getProjectKey());
    }
    if ("FILTER".equals(kind) && s.getFilterId() != null) {
      return new ProjectScope.SavedFilter(s.getFilterId());
    }
    if ("JQL".equals(kind) && s.getJql() != null) {
      return new ProjectScope.Jql(s.getJql());
    }
    throw new StoredDataException(name + ": scope kind " + kind + " without its column");
  }

  private static PortfolioNode toNode(PortfolioNodeEntity row, List<ProjectScope> scopes) {
    String name = PortfolioNodeEntity.TABLE + " row " + row.getID();
    if (row.getVersion() < 1) {
      throw new StoredDataException(name + ": version " + row.getVersion() + " is below 1");
    }
    try {
      return new PortfolioNode(
          row.getNodeKey(),
          PortfolioNodeKind.valueOf(row.getKind()),
          row.getName(),
          row.getParentKey(),
          row.getOwnerKey(),
          row.getSponsorKey(),
          row.getCurrency(),
          PercentCompleteMethod.valueOf(row.getProgressMethod()),
          scopes,
          row.getVersion());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StoredDataException(name + ": " + e.getMessage(), e);
    }
  }
}
