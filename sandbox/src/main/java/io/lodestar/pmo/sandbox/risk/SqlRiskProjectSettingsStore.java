package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.app.risk.persistence.RiskFieldMappingCodec;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettingsStore;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.shared.store.ParsedRows;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import io.lodestar.pmo.sandbox.shared.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RiskProjectSettingsStore} on the sandbox database (table {@code risk_settings}, one row
 * per project key plus the row {@value #DEFAULT_SCOPE} for the portfolio default). The MAPPING text
 * is the plugin's {@link RiskFieldMappingCodec} format. Versions are compared in the {@code
 * UPDATE}'s {@code WHERE} clause; creating settings that exist is a conflict (the primary key makes
 * two concurrent creations fail on the second).
 */
public final class SqlRiskProjectSettingsStore implements RiskProjectSettingsStore {

  /**
   * Scope of the portfolio-wide default (the plugin's {@code RiskSettingsEntity.DEFAULT_SCOPE}).
   */
  public static final String DEFAULT_SCOPE = "*";

  private static final int MAX_KEY_LENGTH = 255;

  /** Most settings rows whose parsed value is kept (one per configured project, plus default). */
  static final int PARSED_ROWS = 4096;

  private final SandboxStore store;
  private final RiskFieldMappingCodec codec = new RiskFieldMappingCodec();

  /**
   * The parsed settings of each row read, by scope: every register request resolves its project's
   * settings, and parsing the mapping text was a tenth of such a request's CPU. The row is still
   * read every time; only an unchanged row's parse is reused.
   */
  private final ParsedRows<String, Row, RiskProjectSettings> parsed = new ParsedRows<>(PARSED_ROWS);

  /** The columns of a settings row but its mapping, which its version stands for. */
  private record Row(
      String scope, long modelId, String appetiteBand, int formatVersion, long version) {}

  public SqlRiskProjectSettingsStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<Versioned<RiskProjectSettings>> find(String projectKey) {
    if (!isProjectKey(projectKey)) {
      return Optional.empty();
    }
    return store.inTransaction(c -> row(c, projectKey));
  }

  @Override
  public Optional<Versioned<RiskProjectSettings>> findDefault() {
    return store.inTransaction(c -> row(c, DEFAULT_SCOPE));
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException for a blank or over-long project key, a malformed appetite
   *     band key or a negative version (nothing is written)
   */
  @Override
  public StoreResult<Versioned<RiskProjectSettings>> save(
      String projectKey, RiskProjectSettings settings, long expectedVersion) {
    if (!isProjectKey(projectKey)) {
      throw new IllegalArgumentException("not a project key: " + projectKey);
    }
    return write(projectKey, settings, expectedVersion);
  }

  @Override
  public StoreResult<Versioned<RiskProjectSettings>> saveDefault(
      RiskProjectSettings settings, long expectedVersion) {
    return write(DEFAULT_SCOPE, settings, expectedVersion);
  }

  @Override
  public List<String> projectKeysUsingModel(long modelId) {
    return store.inTransaction(
        c -> {
          List<String> keys = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT scope FROM risk_settings WHERE model_id = ? AND scope <> ?"
                      + " ORDER BY scope")) {
            ps.setLong(1, modelId);
            ps.setString(2, DEFAULT_SCOPE);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                keys.add(rs.getString(1));
              }
            }
          }
          return List.copyOf(keys);
        });
  }

  private StoreResult<Versioned<RiskProjectSettings>> write(
      String scope, RiskProjectSettings settings, long expectedVersion) {
    RiskProjectSettingsStore.checkWrite(settings, expectedVersion);
    String mapping = codec.write(settings.mapping());
    return store.inTransaction(
        c -> {
          Long stored = storedVersion(c, scope);
          if (expectedVersion == Versioned.NEW) {
            if (stored != null) {
              return StoreResult.conflict(expectedVersion, stored);
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO risk_settings (scope, model_id, appetite_band, format_version,"
                        + " mapping, version) VALUES (?, ?, ?, ?, ?, 1)")) {
              ps.setString(1, scope);
              ps.setLong(2, settings.modelId());
              Sql.string(ps, 3, settings.appetiteBandKey());
              ps.setInt(4, RiskFieldMappingCodec.FORMAT_VERSION);
              ps.setString(5, mapping);
              ps.executeUpdate();
            }
            return StoreResult.stored(Versioned.of(settings, 1L));
          }
          if (stored == null) {
            return StoreResult.missing();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE risk_settings SET model_id = ?, appetite_band = ?, format_version = ?,"
                      + " mapping = ?, version = ? WHERE scope = ? AND version = ?")) {
            ps.setLong(1, settings.modelId());
            Sql.string(ps, 2, settings.appetiteBandKey());
            ps.setInt(3, RiskFieldMappingCodec.FORMAT_VERSION);
            ps.setString(4, mapping);
            ps.setLong(5, expectedVersion + 1);
            ps.setString(6, scope);
            ps.setLong(7, expectedVersion);
            if (ps.executeUpdate() == 1) {
              return StoreResult.stored(Versioned.of(settings, expectedVersion + 1));
            }
          }
          Long now = storedVersion(c, scope);
          return now == null ? StoreResult.missing() : StoreResult.conflict(expectedVersion, now);
        });
  }

  private static Long storedVersion(Connection c, String scope) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version FROM risk_settings WHERE scope = ?")) {
      ps.setString(1, scope);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  /**
   * The settings of row {@code scope}. The MAPPING column (a CLOB, which H2 copies on every read)
   * is read only when the row's other columns differ from those of the kept parse: its version is
   * incremented by every write of this store, the only writer of the table.
   */
  private Optional<Versioned<RiskProjectSettings>> row(Connection c, String scope)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT model_id, appetite_band, format_version, version FROM risk_settings"
                + " WHERE scope = ?")) {
      ps.setString(1, scope);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Row row =
            new Row(
                scope,
                rs.getLong("model_id"),
                rs.getString("appetite_band"),
                rs.getInt("format_version"),
                rs.getLong("version"));
        RiskProjectSettings settings = parsed.get(scope, row, r -> parse(r, mapping(c, scope)));
        return Optional.of(Versioned.of(settings, row.version()));
      }
    }
  }

  private static String mapping(Connection c, String scope) {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT mapping FROM risk_settings WHERE scope = ?")) {
      ps.setString(1, scope);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException("risk settings " + scope + " were deleted while being read");
        }
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  private RiskProjectSettings parse(Row row, String mapping) {
    return RiskProjectSettings.of(
        row.modelId(),
        codec.read("risk_settings row " + row.scope(), row.formatVersion(), mapping),
        row.appetiteBand());
  }

  private static boolean isProjectKey(String key) {
    return key != null
        && !key.isBlank()
        && key.length() <= MAX_KEY_LENGTH
        && !DEFAULT_SCOPE.equals(key);
  }
}
