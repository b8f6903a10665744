package io.lodestar.pmo.sandbox.portfolio;

import io.lodestar.pmo.engine.portfolio.PercentCompleteMethod;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.portfolio.PortfolioNodeKind;
import io.lodestar.pmo.engine.portfolio.PortfolioStore;
import io.lodestar.pmo.engine.portfolio.ProjectScope;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's {@link PortfolioStore} on tables {@code portfolio_node} and {@code portfolio_scope}.
 * Writes join the caller's transaction.
 */
public final class SqlPortfolioStore implements PortfolioStore {

  private static final String COLUMNS =
      "node_key, kind, name, parent_key, owner_key, sponsor_key, currency, progress_method,"
          + " version";

  private final SandboxStore store;

  public SqlPortfolioStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<PortfolioNode> find(String key) {
    if (key == null) {
      return Optional.empty();
    }
    return store.inTransaction(
        c -> {
          List<PortfolioNode> found =
              query(c, "SELECT " + COLUMNS + " FROM portfolio_node WHERE node_key = ?", key);
          return found.stream().findFirst();
        });
  }

  @Override
  public List<PortfolioNode> list(int startAt, int limit) {
    if (startAt < 0 || limit < 0 || limit > MAX_LIST) {
      throw new IllegalArgumentException("startAt >= 0 and limit within [0, " + MAX_LIST + "]");
    }
    return store.inTransaction(
        c ->
            query(
                c,
                "SELECT "
                    + COLUMNS
                    + " FROM portfolio_node ORDER BY node_key LIMIT "
                    + limit
                    + " OFFSET "
                    + startAt));
  }

  @Override
  public List<PortfolioNode> programsOf(String portfolioKey) {
    return store.inTransaction(
        c ->
            query(
                c,
                "SELECT "
                    + COLUMNS
                    + " FROM portfolio_node WHERE parent_key = ? ORDER BY node_key LIMIT "
                    + MAX_LIST,
                portfolioKey));
  }

  @Override
  public StoreResult<PortfolioNode> create(PortfolioNode node) {
    Objects.requireNonNull(node, "node");
    return store.inTransaction(
        c -> {
          if (!query(c, "SELECT " + COLUMNS + " FROM portfolio_node WHERE node_key = ?", node.key())
              .isEmpty()) {
            return new StoreResult.VersionConflict<>(0, 1);
          }
          PortfolioNode stored = node.withVersion(1);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO portfolio_node ("
                      + COLUMNS
                      + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            bind(ps, stored);
            ps.executeUpdate();
          }
          writeScopes(c, stored);
          return StoreResult.stored(stored);
        });
  }

  @Override
  public StoreResult<PortfolioNode> update(PortfolioNode node) {
    Objects.requireNonNull(node, "node");
    return store.inTransaction(
        c -> {
          List<PortfolioNode> current =
              query(c, "SELECT " + COLUMNS + " FROM portfolio_node WHERE node_key = ?", node.key());
          if (current.isEmpty()) {
            return StoreResult.missing();
          }
          PortfolioNode stored = node.withVersion(node.version() + 1);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE portfolio_node SET kind = ?, name = ?, parent_key = ?, owner_key = ?,"
                      + " sponsor_key = ?, currency = ?, progress_method = ?, version = ? WHERE"
                      + " node_key = ? AND version = ?")) {
            ps.setString(1, stored.kind().name());
            ps.setString(2, stored.name());
            setNullable(ps, 3, stored.parentKey());
            ps.setString(4, stored.ownerKey());
            ps.setString(5, stored.sponsorKey());
            ps.setString(6, stored.currency());
            ps.setString(7, stored.progressMethod().name());
            ps.setLong(8, stored.version());
            ps.setString(9, node.key());
            ps.setLong(10, node.version());
            if (ps.executeUpdate() == 0) {
              return new StoreResult.VersionConflict<>(node.version(), current.get(0).version());
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM portfolio_scope WHERE node_key = ?")) {
            ps.setString(1, node.key());
            ps.executeUpdate();
          }
          writeScopes(c, stored);
          return StoreResult.stored(stored);
        });
  }

  /** The node that holds a Jira project's scope directly, if any (the first by key). */
  public Optional<String> holderOf(String projectKey) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT node_key FROM portfolio_scope WHERE scope_kind = 'PROJECT' AND"
                      + " project_key = ? ORDER BY node_key LIMIT 1")) {
            ps.setString(1, projectKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
            }
          }
        });
  }

  private static void bind(PreparedStatement ps, PortfolioNode n) throws SQLException {
    ps.setString(1, n.key());
    ps.setString(2, n.kind().name());
    ps.setString(3, n.name());
    setNullable(ps, 4, n.parentKey());
    ps.setString(5, n.ownerKey());
    ps.setString(6, n.sponsorKey());
    ps.setString(7, n.currency());
    ps.setString(8, n.progressMethod().name());
    ps.setLong(9, n.version());
  }

  private static void setNullable(PreparedStatement ps, int i, String value) throws SQLException {
    if (value == null) {
      ps.setNull(i, Types.VARCHAR);
    } else {
      ps.setString(i, value);
    }
  }

  private static void writeScopes(Connection c, PortfolioNode node) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO portfolio_scope (node_key, position, scope_kind, project_key, filter_id,"
                + " jql) VALUES (?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (ProjectScope scope : node.scopes()) {
        ps.setString(1, node.key());
        ps.setInt(2, position++);
        ps.setNull(4, Types.VARCHAR);
        ps.setNull(5, Types.BIGINT);
        ps.setNull(6, Types.VARCHAR);
        if (scope instanceof ProjectScope.JiraProject p) {
          ps.setString(3, "PROJECT");
          ps.setString(4, p.projectKey());
        } else if (scope instanceof ProjectScope.SavedFilter f) {
          ps.setString(3, "FILTER");
          ps.setLong(5, f.filterId());
        } else {
          ps.setString(3, "JQL");
          ps.setString(6, ((ProjectScope.Jql) scope).jql());
        }
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static List<PortfolioNode> query(Connection c, String sql, String... args)
      throws SQLException {
    Map<String, PortfolioNode> nodes = new LinkedHashMap<>();
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          PortfolioNode node =
              new PortfolioNode(
                  rs.getString("node_key"),
                  PortfolioNodeKind.valueOf(rs.getString("kind")),
                  rs.getString("name"),
                  rs.getString("parent_key"),
                  rs.getString("owner_key"),
                  rs.getString("sponsor_key"),
                  rs.getString("currency"),
                  PercentCompleteMethod.valueOf(rs.getString("progress_method")),
                  List.of(),
                  rs.getLong("version"));
          nodes.put(node.key(), node);
        }
      }
    }
    if (nodes.isEmpty()) {
      return List.of();
    }
    Map<String, List<ProjectScope>> scopes = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT node_key, scope_kind, project_key, filter_id, jql FROM portfolio_scope WHERE"
                + " node_key IN ("
                + io.lodestar.pmo.sandbox.shared.store.Sql.marks(nodes.size())
                + ") ORDER BY node_key, position")) {
      int i = 1;
      for (String key : nodes.keySet()) {
        ps.setString(i++, key);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ProjectScope scope =
              switch (rs.getString("scope_kind")) {
                case "PROJECT" -> new ProjectScope.JiraProject(rs.getString("project_key"));
                case "FILTER" -> new ProjectScope.SavedFilter(rs.getLong("filter_id"));
                default -> new ProjectScope.Jql(rs.getString("jql"));
              };
          scopes.computeIfAbsent(rs.getString("node_key"), k -> new ArrayList<>()).add(scope);
        }
      }
    }
    List<PortfolioNode> result = new ArrayList<>(nodes.size());
    for (PortfolioNode n : nodes.values()) {
      result.add(
          new PortfolioNode(
              n.key(),
              n.kind(),
              n.name(),
              n.parentKey(),
              n.ownerKey(),
              n.sponsorKey(),
              n.currency(),
              n.progressMethod(),
              scopes.getOrDefault(n.key(), List.of()),
              n.version()));
    }
    return result;
  }
}
