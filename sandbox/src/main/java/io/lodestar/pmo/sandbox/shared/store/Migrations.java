package io.lodestar.pmo.sandbox.shared.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Brings the sandbox schema up to date from versioned SQL scripts on the classpath ({@code
 * db/migration/V<n>__<description>.sql}), recording each applied script with its SHA-256 in {@code
 * schema_version}. Scripts are applied in version order, each in its own transaction, and only
 * once; a script whose text changed after it was applied stops the start-up (never edit a released
 * script: add the next version).
 *
 * <p>Why not Flyway: the sandbox needs "apply V1..Vn once, in order, refuse edited scripts" on one
 * embedded database, which is these hundred lines; Flyway would add a dozen transitive jars and its
 * own H2 version coupling for nothing more.
 */
public final class Migrations {

  /** The scripts, in order. Add new versions at the end; never remove or rename one. */
  static final List<String> SCRIPTS =
      List.of(
          "V1__base_schema.sql",
          "V2__labels_and_import_log.sql",
          "V3__issue_link_source_index.sql",
          "V4__import_sources.sql",
          "V5__risk_assessment_index.sql",
          "V6__portfolios.sql",
          "V7__portfolio_snapshots.sql",
          "V8__dashboards.sql",
          "V9__username_lower_index.sql",
          "V10__stage_gates.sql",
          "V11__capacity.sql",
          "V12__training.sql",
          "V13__risk_page_records.sql",
          "V14__standardization.sql",
          "V15__risk_answer_version.sql");

  /** The schema version this build brings a database to. */
  public static final int LATEST = SCRIPTS.size();

  private static final String LOCATION = "db/migration/";

  private Migrations() {}

  /**
   * Applies every script above the database's version, up to {@code target}.
   *
   * @param connection a connection in auto-commit mode
   * @param target the version to reach, 1..{@link #LATEST}
   * @return the database's version afterwards
   * @throws StoreException when a script is missing, fails, or was changed after it was applied, or
   *     the database is newer than this build
   */
  static int migrate(Connection connection, int target) throws SQLException {
    if (target < 1 || target > LATEST) {
      throw new IllegalArgumentException("target version out of range: " + target);
    }
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, description"
              + " VARCHAR(255) NOT NULL, checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP WITH"
              + " TIME ZONE NOT NULL)");
    }
    Map<Integer, String> applied = applied(connection);
    int newest = applied.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    if (newest > LATEST) {
      throw new StoreException(
          "the data directory has schema version "
              + newest
              + ", newer than this sandbox ("
              + LATEST
              + "): use a newer sandbox or another data directory");
    }
    for (int version = 1; version <= LATEST; version++) {
      String script = SCRIPTS.get(version - 1);
      String text = read(script);
      String checksum = sha256(text);
      String recorded = applied.get(version);
      if (recorded != null) {
        if (!recorded.equals(checksum)) {
          throw new StoreException(
              "migration " + script + " was changed after it was applied to this database");
        }
        continue;
      }
      if (version > target) {
        break;
      }
      apply(connection, version, script, text, checksum);
    }
    return version(connection);
  }

  /** The highest applied version; 0 for an empty database. */
  static int version(Connection connection) throws SQLException {
    return applied(connection).keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  private static Map<Integer, String> applied(Connection connection) throws SQLException {
    Map<Integer, String> applied = new TreeMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version")) {
      while (rs.next()) {
        applied.put(rs.getInt(1), rs.getString(2));
      }
    }
    return applied;
  }

  private static void apply(
      Connection connection, int version, String script, String text, String checksum)
      throws SQLException {
    connection.setAutoCommit(false);
    try {
      try (Statement s = connection.createStatement()) {
        for (String statement : statements(text)) {
          s.execute(statement);
        }
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO schema_version (version, description, checksum, applied_at)"
                  + " VALUES (?, ?, ?, ?)")) {
        insert.setInt(1, version);
        insert.setString(2, script);
        insert.setString(3, checksum);
        insert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC));
        insert.executeUpdate();
      }
      connection.commit();
    } catch (SQLException e) {
      connection.rollback();
      throw new StoreException("migration " + script + " failed: " + e.getMessage(), e);
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /** Splits a script into statements: each ends with ';' at the end of a line; '--' comments. */
  static List<String> statements(String text) {
    List<String> statements = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      String trimmed = line.strip();
      if (trimmed.isEmpty() || trimmed.startsWith("--")) {
        continue;
      }
      current.append(line).append('\n');
      if (trimmed.endsWith(";")) {
        String statement = current.toString().strip();
        statements.add(statement.substring(0, statement.length() - 1));
        current.setLength(0);
      }
    }
    if (!current.toString().isBlank()) {
      throw new StoreException("a statement is not terminated by ';': " + current);
    }
    return statements;
  }

  private static String read(String script) {
    try (InputStream in =
        Migrations.class.getClassLoader().getResourceAsStream(LOCATION + script)) {
      if (in == null) {
        throw new StoreException("migration " + script + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new StoreException("cannot read migration " + script, e);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
