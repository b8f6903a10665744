package io.lodestar.pmo.sandbox.shared.host;

import io.lodestar.pmo.app.shared.security.SettingRows;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * {@link SettingRows} on the sandbox database's {@code app_setting} table. Every call joins the
 * thread's transaction, so a setting's write and its audit entry commit together. The sandbox is
 * one process: the "lock" of {@link #inLockedTransaction} is the row's own version check (an {@code
 * UPDATE … WHERE version = ?} that changes nothing when another writer came first) plus the primary
 * key on first writes.
 */
public final class SqlSettingRows implements SettingRows {

  private final SandboxStore store;

  public SqlSettingRows(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<Row> find(String key) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT setting_value, version FROM app_setting WHERE setting_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new Row(rs.getString(1), rs.getLong(2)))
                  : Optional.<Row>empty();
            }
          }
        });
  }

  @Override
  public boolean write(String key, String value, long expectedVersion, long nextVersion) {
    return store.inTransaction(
        c -> {
          if (expectedVersion == 0) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO app_setting (setting_key, setting_value, version) SELECT ?, ?, ?"
                        + " WHERE NOT EXISTS (SELECT 1 FROM app_setting WHERE setting_key = ?)")) {
              ps.setString(1, key);
              Sql.string(ps, 2, value);
              ps.setLong(3, nextVersion);
              ps.setString(4, key);
              return ps.executeUpdate() == 1;
            }
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE app_setting SET setting_value = ?, version = ? WHERE setting_key = ?"
                      + " AND version = ?")) {
            Sql.string(ps, 1, value);
            ps.setLong(2, nextVersion);
            ps.setString(3, key);
            ps.setLong(4, expectedVersion);
            return ps.executeUpdate() == 1;
          }
        });
  }

  @Override
  public <T> T inLockedTransaction(String lockName, Supplier<T> work) {
    Objects.requireNonNull(lockName, "lockName");
    return store.inTransaction(c -> work.get());
  }
}
