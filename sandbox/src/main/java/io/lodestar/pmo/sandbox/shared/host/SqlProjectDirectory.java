package io.lodestar.pmo.sandbox.shared.host;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ProjectDirectory} on the sandbox database (table {@code project}). */
public final class SqlProjectDirectory implements ProjectDirectory {

  private final SandboxStore store;

  public SqlProjectDirectory(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** {@inheritDoc} Keys compare case-insensitively, as in Jira. */
  @Override
  public Optional<ProjectRef> byKey(String key) {
    if (key == null || key.isBlank()) {
      return Optional.empty();
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, project_key, name FROM project WHERE UPPER(project_key) = ?")) {
            ps.setString(1, key.strip().toUpperCase());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(new ProjectRef(rs.getLong(1), rs.getString(2), rs.getString(3)))
                  : Optional.empty();
            }
          }
        });
  }

  @Override
  public List<ProjectRef> browsableBy(HostUser user) {
    String key = user == null ? null : user.key();
    return store.inTransaction(
        c -> {
          List<ProjectRef> projects = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT p.id, p.project_key, p.name FROM project p WHERE "
                      + ProjectAccess.condition("p", ProjectAccess.BROWSE)
                      + " ORDER BY p.project_key")) {
            ProjectAccess.bind(ps, 1, key);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                projects.add(new ProjectRef(rs.getLong(1), rs.getString(2), rs.getString(3)));
              }
            }
          }
          return List.copyOf(projects);
        });
  }

  /** The key of every project, in key order (tens of projects, never issues). */
  public List<String> allKeys() {
    return store.inTransaction(
        c -> {
          List<String> keys = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT project_key FROM project ORDER BY project_key");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              keys.add(rs.getString(1));
            }
          }
          return List.copyOf(keys);
        });
  }
}
