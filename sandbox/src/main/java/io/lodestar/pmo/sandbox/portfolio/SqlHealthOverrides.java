package io.lodestar.pmo.sandbox.portfolio;

import io.lodestar.pmo.app.portfolio.port.HealthOverrideStore;
import io.lodestar.pmo.app.portfolio.port.StoredOverride;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link HealthOverrideStore} on table {@code health_override} (history kept; clearing marks). */
public final class SqlHealthOverrides implements HealthOverrideStore {

  private final SandboxStore store;

  public SqlHealthOverrides(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Map<String, StoredOverride> current(String targetKind, Collection<String> targetKeys) {
    List<String> keys = new ArrayList<>(targetKeys);
    if (keys.size() > 500) {
      throw new IllegalArgumentException("at most 500 targets at once");
    }
    Map<String, StoredOverride> found = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, target_key, rag, reason, expires_on, set_by, set_at FROM"
                      + " health_override WHERE target_kind = ? AND cleared_at IS NULL AND"
                      + " target_key IN ("
                      + Sql.marks(keys.size())
                      + ") ORDER BY id")) {
            ps.setString(1, targetKind);
            for (int i = 0; i < keys.size(); i++) {
              ps.setString(i + 2, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) { // ascending: the latest wins
                found.put(rs.getString("target_key"), read(targetKind, rs));
              }
            }
          }
          return found;
        });
  }

  @Override
  public StoredOverride add(String targetKind, String targetKey, HealthOverride override) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO health_override (target_kind, target_key, rag, reason, expires_on,"
                      + " set_by, set_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                  Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, targetKind);
            ps.setString(2, targetKey);
            ps.setString(3, override.rag().name());
            ps.setString(4, override.reason());
            Sql.date(ps, 5, override.expiresOn());
            ps.setString(6, override.setBy());
            Sql.instant(ps, 7, override.setAt());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
              keys.next();
              return new StoredOverride(keys.getLong(1), targetKind, targetKey, override);
            }
          }
        });
  }

  @Override
  public Optional<StoredOverride> clear(
      String targetKind, String targetKey, String byKey, Instant at) {
    return store.inTransaction(
        c -> {
          StoredOverride current = current(targetKind, List.of(targetKey)).get(targetKey);
          if (current == null) {
            return Optional.<StoredOverride>empty();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE health_override SET cleared_by = ?, cleared_at = ? WHERE target_kind ="
                      + " ? AND target_key = ? AND cleared_at IS NULL")) {
            ps.setString(1, byKey);
            Sql.instant(ps, 2, at);
            ps.setString(3, targetKind);
            ps.setString(4, targetKey);
            ps.executeUpdate();
          }
          return Optional.of(current);
        });
  }

  private static StoredOverride read(String kind, ResultSet rs) throws SQLException {
    return new StoredOverride(
        rs.getLong("id"),
        kind,
        rs.getString("target_key"),
        new HealthOverride(
            Rag.valueOf(rs.getString("rag")),
            rs.getString("reason"),
            Sql.date(rs, "expires_on"),
            rs.getString("set_by"),
            Sql.instant(rs, "set_at")));
  }
}
