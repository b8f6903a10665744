package io.lodestar.pmo.sandbox.shared.host;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The sandbox's user directory (table {@code app_user}): look-ups by key and login name, and the
 * password check behind the demo login page. The server's {@code CurrentUser} resolves the
 * session's user key through {@link #byKey}.
 */
public final class SandboxUsers {

  private final SandboxStore store;
  private final PasswordHasher hasher;

  /**
   * Compared against when the user name is unknown or has no password, so that the answer takes as
   * long as for a wrong password and timing does not tell which user names exist.
   */
  private final String dummyHash;

  public SandboxUsers(SandboxStore store, PasswordHasher hasher) {
    this.store = Objects.requireNonNull(store, "store");
    this.hasher = Objects.requireNonNull(hasher, "hasher");
    this.dummyHash = hasher.hash(UUID.randomUUID().toString());
  }

  /** The user with {@code key}, or empty (also for null). */
  public Optional<HostUser> byKey(String key) {
    return key == null ? Optional.empty() : find("user_key", key);
  }

  /** The user with login name {@code username} (case-insensitive), or empty. */
  public Optional<HostUser> byUsername(String username) {
    return username == null
        ? Optional.empty()
        : find("username_lower", username.toLowerCase(Locale.ROOT));
  }

  /**
   * @return the user when {@code username} exists, has a password and {@code password} matches;
   *     empty otherwise (without saying which part was wrong, and in about the same time: an
   *     unknown user name is checked against a dummy hash)
   */
  public Optional<HostUser> authenticate(String username, String password) {
    if (username == null || password == null) {
      return Optional.empty();
    }
    String stored =
        store.inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT password_hash FROM app_user WHERE username_lower = ?")) {
                ps.setString(1, username.toLowerCase(Locale.ROOT));
                try (ResultSet rs = ps.executeQuery()) {
                  return rs.next() ? rs.getString(1) : null;
                }
              }
            });
    if (stored == null) {
      hasher.matches(password, dummyHash);
      return Optional.empty();
    }
    return hasher.matches(password, stored) ? byUsername(username) : Optional.empty();
  }

  /**
   * Creates or replaces a user.
   *
   * @param user the user
   * @param password the login password; null = the user cannot log in
   * @param hostAdmin whether the user is a host (Jira) administrator
   */
  public void save(HostUser user, String password, boolean hostAdmin) {
    Objects.requireNonNull(user, "user");
    String hash = password == null ? null : hasher.hash(password);
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO app_user (user_key, username, display_name, email, password_hash,"
                      + " host_admin) KEY (user_key) VALUES (?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, user.key());
            ps.setString(2, user.username());
            ps.setString(3, user.displayName());
            Sql.string(ps, 4, user.email());
            Sql.string(ps, 5, hash);
            ps.setBoolean(6, hostAdmin);
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * Users whose login name, display name or a word of the display name starts with {@code prefix}
   * (ignoring case), by display name then login name, at most {@code limit}: one bounded query.
   */
  public List<HostUser> search(String prefix, int limit) {
    String p = likeEscaped(prefix.strip().toLowerCase(Locale.ROOT));
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT user_key, username, display_name, email FROM app_user"
                      + " WHERE username_lower LIKE ? ESCAPE '\\'"
                      + " OR LOWER(display_name) LIKE ? ESCAPE '\\'"
                      + " OR LOWER(display_name) LIKE ? ESCAPE '\\'"
                      + " ORDER BY display_name, username FETCH FIRST ? ROWS ONLY")) {
            ps.setString(1, p + "%");
            ps.setString(2, p + "%");
            ps.setString(3, "% " + p + "%");
            ps.setInt(4, limit);
            List<HostUser> users = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                users.add(toUser(rs));
              }
            }
            return List.copyOf(users);
          }
        });
  }

  private static String likeEscaped(String value) {
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  private Optional<HostUser> find(String column, String value) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT user_key, username, display_name, email FROM app_user WHERE "
                      + column
                      + " = ?")) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(toUser(rs)) : Optional.empty();
            }
          }
        });
  }

  static HostUser toUser(ResultSet rs) throws SQLException {
    return new HostUser(
        rs.getString("user_key"),
        rs.getString("username"),
        rs.getString("display_name"),
        rs.getString("email"));
  }
}
