package io.lodestar.pmo.sandbox.importer;

import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The ids of one import source (a Jira instance) mapped to the sandbox's own ids, on the import's
 * connection ({@code import_id_map}). What a source created is found again through this map only,
 * so a re-import of the same file updates exactly the rows that source created, and never a demo
 * row or another source's row that happens to carry the same id in its own instance.
 */
final class SourceIds {

  /** What an external id identifies. */
  enum Kind {
    PROJECT,
    PROJECT_KEY,
    ISSUE,
    USER,
    USER_NAME,
    ISSUE_TYPE,
    ISSUE_TYPE_NAME,
    FIELD,
    FIELD_NAME
  }

  /** Longest source name: {@code import_source.name VARCHAR(1000)}. */
  static final int MAX_SOURCE_NAME = 1000;

  private final Connection c;
  private final long sourceId;
  private final String sourceName;
  private final boolean own;
  private final Map<String, String> cache = new HashMap<>();

  private SourceIds(Connection c, long sourceId, String sourceName) {
    this(c, sourceId, sourceName, false);
  }

  private SourceIds(Connection c, long sourceId, String sourceName, boolean own) {
    this.c = c;
    this.sourceId = sourceId;
    this.sourceName = sourceName;
    this.own = own;
  }

  /**
   * The sandbox's own writes (the risk form): every id is already the sandbox's, so each maps to
   * itself, nothing is recorded in {@code import_id_map}, and the rows belong to no source, like
   * the demo's.
   */
  static SourceIds own(Connection c) {
    return new SourceIds(c, 0, "sandbox", true);
  }

  /** Whether these are the sandbox's own ids rather than an import source's. */
  boolean isOwn() {
    return own;
  }

  /** The source named {@code name}, created on first sight. */
  static SourceIds of(Connection c, String name) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM import_source WHERE name = ?")) {
      ps.setString(1, name);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return new SourceIds(c, rs.getLong(1), name);
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_source (name, created_at) VALUES (?, ?)", new String[] {"ID"})) {
      ps.setString(1, name);
      Sql.instant(ps, 2, Instant.now());
      ps.executeUpdate();
      try (ResultSet rs = ps.getGeneratedKeys()) {
        rs.next();
        return new SourceIds(c, rs.getLong(1), name);
      }
    }
  }

  /**
   * The source name of a Jira REST URL: its scheme, host, port (when not the default) and context
   * path before {@code /rest/}, e.g. {@code https://jira.example.com/jira} of {@code
   * https://jira.example.com/jira/rest/api/2/issue/10001}; null when {@code self} is no such URL.
   */
  static String nameOfSelf(String self) {
    if (self == null || self.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(self.strip());
      if (uri.getScheme() == null || uri.getHost() == null) {
        return null;
      }
      String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
      int port = uri.getPort();
      boolean defaultPort =
          port < 0
              || (scheme.equals("https") && port == 443)
              || (scheme.equals("http") && port == 80);
      String path = uri.getPath() == null ? "" : uri.getPath();
      int rest = path.indexOf("/rest/");
      String context = rest < 0 ? "" : path.substring(0, rest);
      return scheme
          + "://"
          + uri.getHost().toLowerCase(Locale.ROOT)
          + (defaultPort ? "" : ":" + port)
          + context;
    } catch (URISyntaxException e) {
      return null;
    }
  }

  long id() {
    return sourceId;
  }

  String name() {
    return sourceName;
  }

  /** A short tag of this source for the sandbox's ids of its rows, e.g. {@code s2}. */
  String tag() {
    return "s" + sourceId;
  }

  /** The sandbox's id of {@code external}, or null when this source has not created it. */
  String find(Kind kind, String external) throws SQLException {
    if (own) {
      return kind.name().endsWith("_NAME") ? null : external;
    }
    String cacheKey = kind + "\u0000" + external;
    String cached = cache.get(cacheKey);
    if (cached != null) {
      return cached;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT local_id FROM import_id_map WHERE source_id = ? AND kind = ? AND external_id ="
                + " ?")) {
      ps.setLong(1, sourceId);
      ps.setString(2, kind.name());
      ps.setString(3, external);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          String local = rs.getString(1);
          cache.put(cacheKey, local);
          return local;
        }
      }
    }
    return null;
  }

  /** Records that {@code external} is the sandbox's {@code local}; keeps an existing entry. */
  void put(Kind kind, String external, String local) throws SQLException {
    if (own || find(kind, external) != null) {
      return;
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO import_id_map (source_id, kind, external_id, local_id) VALUES (?, ?, ?,"
                + " ?)")) {
      ps.setLong(1, sourceId);
      ps.setString(2, kind.name());
      ps.setString(3, external);
      ps.setString(4, local);
      ps.executeUpdate();
    }
    cache.put(kind + "\u0000" + external, local);
  }

  /** Whether any source holds {@code local} as the sandbox's id of a {@code kind}. */
  boolean takenByAnySource(Kind kind, String local) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM import_id_map WHERE kind = ? AND local_id = ?")) {
      ps.setString(1, kind.name());
      ps.setString(2, local);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  /** A new numeric id for a project, issue or worklog: above every demo id. */
  long nextLocalId() throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("VALUES NEXT VALUE FOR import_local_id");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
