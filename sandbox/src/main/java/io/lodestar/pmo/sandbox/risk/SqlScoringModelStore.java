package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.app.risk.persistence.ScoringModelCodec;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.sandbox.shared.store.ParsedRows;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link ScoringModelStore} on the sandbox database (table {@code risk_model}), with the plugin's
 * own {@link ScoringModelCodec}: the DEFINITION text and FORMAT_VERSION are exactly what the Jira
 * app stores in its Active Objects table. Updates and deletes compare the version in the {@code
 * WHERE} clause, so two writers of the same version cannot both succeed.
 */
public final class SqlScoringModelStore implements ScoringModelStore {

  private static final String COLUMNS = "id, name, kind, version, format_version, definition";

  /** Most model rows whose parsed value is kept. */
  static final int PARSED_ROWS = 1024;

  private final SandboxStore store;
  private final ScoringModelCodec codec = new ScoringModelCodec();

  /**
   * The parsed model of each row read, by id: every register request resolves its project's model,
   * and parsing the definition text was a tenth of such a request's CPU. The row is still read
   * every time; only an unchanged row's parse is reused.
   */
  private final ParsedRows<Long, Row, ScoringModel> parsed = new ParsedRows<>(PARSED_ROWS);

  /** The columns of a model row but its definition, which its version stands for. */
  private record Row(long id, String name, String kind, long version, int formatVersion) {}

  public SqlScoringModelStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /**
   * {@inheritDoc}
   *
   * @throws StoredDataException when a row does not hold a valid model (the sandbox's own data is
   *     written only through this class, so that is corruption worth failing on)
   */
  @Override
  public List<ScoringModel> list() {
    return store.inTransaction(
        c -> {
          List<ScoringModel> models = new ArrayList<>();
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT " + COLUMNS + " FROM risk_model")) {
            while (rs.next()) {
              models.add(toModel(rs));
            }
          }
          models.sort(Comparator.comparing(ScoringModel::name).thenComparingLong(ScoringModel::id));
          return List.copyOf(models);
        });
  }

  @Override
  public Optional<ScoringModel> find(long id) {
    return store.inTransaction(c -> row(c, id));
  }

  @Override
  public ScoringModel create(ScoringModel model) {
    Objects.requireNonNull(model, "model");
    String definition = codec.write(model);
    long id =
        store.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "INSERT INTO risk_model (name, kind, format_version, definition, version)"
                          + " VALUES (?, ?, ?, ?, 1)",
                      Statement.RETURN_GENERATED_KEYS)) {
                ps.setString(1, model.name());
                ps.setString(2, model.kind().name());
                ps.setInt(3, ScoringModelCodec.FORMAT_VERSION);
                ps.setString(4, definition);
                ps.executeUpdate();
                try (ResultSet keys = ps.getGeneratedKeys()) {
                  keys.next();
                  return keys.getLong(1);
                }
              }
            });
    return model.withIdentity(id, 1);
  }

  @Override
  public StoreResult<ScoringModel> update(ScoringModel model, long expectedVersion) {
    Objects.requireNonNull(model, "model");
    String definition = codec.write(model);
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE risk_model SET name = ?, kind = ?, format_version = ?, definition = ?,"
                      + " version = ? WHERE id = ? AND version = ?")) {
            ps.setString(1, model.name());
            ps.setString(2, model.kind().name());
            ps.setInt(3, ScoringModelCodec.FORMAT_VERSION);
            ps.setString(4, definition);
            ps.setLong(5, expectedVersion + 1);
            ps.setLong(6, model.id());
            ps.setLong(7, expectedVersion);
            if (ps.executeUpdate() == 1) {
              return StoreResult.stored(model.withIdentity(model.id(), expectedVersion + 1));
            }
          }
          return this.<ScoringModel>notWritten(c, model.id(), expectedVersion);
        });
  }

  @Override
  public StoreResult<ScoringModel> delete(long id, long expectedVersion) {
    return store.inTransaction(
        c -> {
          Optional<ScoringModel> found = row(c, id);
          if (found.isEmpty()) {
            return StoreResult.missing();
          }
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM risk_model WHERE id = ? AND version = ?")) {
            ps.setLong(1, id);
            ps.setLong(2, expectedVersion);
            if (ps.executeUpdate() == 1) {
              return StoreResult.stored(found.get());
            }
          }
          return StoreResult.conflict(expectedVersion, found.get().version());
        });
  }

  private <T> StoreResult<T> notWritten(Connection c, long id, long expectedVersion)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT version FROM risk_model WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next()
            ? StoreResult.conflict(expectedVersion, rs.getLong(1))
            : StoreResult.missing();
      }
    }
  }

  /**
   * The model of row {@code id}. The DEFINITION column (a CLOB, which H2 copies on every read) is
   * read only when the row's other columns differ from those of the kept parse: its version is
   * incremented by every write of this store, the only writer of the table.
   */
  private Optional<ScoringModel> row(Connection c, long id) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, name, kind, version, format_version FROM risk_model WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        Row row = head(rs);
        return Optional.of(parsed.get(row.id(), row, r -> parse(r, definition(c, r.id()))));
      }
    }
  }

  private static String definition(Connection c, long id) {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT definition FROM risk_model WHERE id = ?")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException("scoring model " + id + " was deleted while being read");
        }
        return rs.getString(1);
      }
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  private ScoringModel toModel(ResultSet rs) throws SQLException {
    Row row = head(rs);
    String definition = rs.getString("definition");
    return parsed.get(row.id(), row, r -> parse(r, definition));
  }

  private static Row head(ResultSet rs) throws SQLException {
    return new Row(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("kind"),
        rs.getLong("version"),
        rs.getInt("format_version"));
  }

  private ScoringModel parse(Row r, String definition) {
    return codec.read(r.id(), r.name(), r.kind(), r.version(), r.formatVersion(), definition);
  }
}
