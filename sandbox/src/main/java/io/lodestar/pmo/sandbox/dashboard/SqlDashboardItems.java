package io.lodestar.pmo.sandbox.dashboard;

import io.lodestar.pmo.app.portfolio.dashboard.DashboardItem;
import io.lodestar.pmo.app.portfolio.dashboard.DashboardItemStore;
import io.lodestar.pmo.app.portfolio.dashboard.HealthItemConfig;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link DashboardItemStore} and the dashboards' layout on tables {@code dashboard}, {@code
 * dashboard_item} and {@code dashboard_item_config} (schema V8).
 */
public final class SqlDashboardItems implements DashboardItemStore {

  /** The most item slots a dashboard shows. */
  public static final int MAX_SLOTS = 20;

  /** The system dashboard (Jira's id). */
  public static final long SYSTEM_DASHBOARD = 10000;

  /** A dashboard with its item ids in position order. */
  public record Dashboard(long id, String title, String ownerKey, List<Long> itemIds) {
    public Dashboard {
      itemIds = List.copyOf(itemIds);
    }
  }

  private static final String SELECT =
      "SELECT i.id, i.dashboard_id, d.owner_key, c.portfolio_key, c.columns_shown, c.sort_by,"
          + " c.max_rows, c.version FROM dashboard_item i JOIN dashboard d ON d.id ="
          + " i.dashboard_id LEFT JOIN dashboard_item_config c ON c.item_id = i.id WHERE i.id = ?";

  private final SandboxStore store;

  public SqlDashboardItems(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** A dashboard and its first {@link #MAX_SLOTS} items; empty when there is none. */
  public Optional<Dashboard> dashboard(long id) {
    return store.inTransaction(
        c -> {
          String title;
          String owner;
          try (PreparedStatement ps =
              c.prepareStatement("SELECT title, owner_key FROM dashboard WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<Dashboard>empty();
              }
              title = rs.getString(1);
              owner = rs.getString(2);
            }
          }
          List<Long> items = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id FROM dashboard_item WHERE dashboard_id = ? ORDER BY position"
                      + " FETCH FIRST "
                      + MAX_SLOTS
                      + " ROWS ONLY")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                items.add(rs.getLong(1));
              }
            }
          }
          return Optional.of(new Dashboard(id, title, owner, items));
        });
  }

  @Override
  public Optional<DashboardItem> find(long itemId) {
    return store.inTransaction(c -> read(c, itemId, false));
  }

  @Override
  public StoreResult<HealthItemConfig> saveConfig(long itemId, HealthItemConfig config) {
    Objects.requireNonNull(config, "config");
    return store.inTransaction(
        c -> {
          Optional<DashboardItem> item = read(c, itemId, true);
          if (item.isEmpty()) {
            return StoreResult.<HealthItemConfig>missing();
          }
          long stored = item.get().config().version();
          if (stored != config.version()) {
            return StoreResult.<HealthItemConfig>conflict(config.version(), stored);
          }
          HealthItemConfig next = config.withVersion(stored + 1);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO dashboard_item_config (item_id, portfolio_key, columns_shown,"
                      + " sort_by, max_rows, version) KEY (item_id) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, itemId);
            ps.setString(2, next.portfolioKey());
            ps.setString(3, String.join(",", next.columns().stream().map(Enum::name).toList()));
            ps.setString(4, next.sort().name());
            ps.setInt(5, next.rows());
            ps.setLong(6, next.version());
            ps.executeUpdate();
          }
          return StoreResult.stored(next);
        });
  }

  private static Optional<DashboardItem> read(Connection c, long itemId, boolean forUpdate)
      throws SQLException {
    if (forUpdate) {
      try (PreparedStatement lock =
          c.prepareStatement("SELECT id FROM dashboard_item WHERE id = ? FOR UPDATE")) {
        lock.setLong(1, itemId);
        lock.executeQuery().close();
      }
    }
    try (PreparedStatement ps = c.prepareStatement(SELECT)) {
      ps.setLong(1, itemId);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        HealthItemConfig config = HealthItemConfig.unconfigured();
        String portfolio = rs.getString("portfolio_key");
        if (portfolio != null) {
          List<HealthItemConfig.Column> columns = new ArrayList<>();
          for (String name : rs.getString("columns_shown").split(",")) {
            if (!name.isBlank()) {
              columns.add(HealthItemConfig.Column.valueOf(name.strip()));
            }
          }
          config =
              new HealthItemConfig(
                  portfolio,
                  columns,
                  HealthItemConfig.Sort.valueOf(rs.getString("sort_by")),
                  rs.getInt("max_rows"),
                  rs.getLong("version"));
        }
        return Optional.of(
            new DashboardItem(
                rs.getLong("id"), rs.getLong("dashboard_id"), rs.getString("owner_key"), config));
      }
    }
  }
}
