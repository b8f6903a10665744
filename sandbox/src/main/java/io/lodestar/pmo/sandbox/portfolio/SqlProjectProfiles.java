package io.lodestar.pmo.sandbox.portfolio;

import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link ProjectProfileStore} on table {@code project_profile} (keyed by the project's id). */
public final class SqlProjectProfiles implements ProjectProfileStore {

  private static final String SELECT =
      "SELECT p.project_key, f.sponsor_key, f.manager_key, f.budget, f.currency, f.start_date,"
          + " f.end_date, f.phase, f.baseline_start, f.baseline_end, f.version FROM"
          + " project_profile f JOIN project p ON p.id = f.project_id";

  private final SandboxStore store;

  public SqlProjectProfiles(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<ProjectProfile> find(String projectKey) {
    return Optional.ofNullable(findAll(List.of(projectKey)).get(projectKey));
  }

  @Override
  public Map<String, ProjectProfile> findAll(Collection<String> projectKeys) {
    List<String> keys = new ArrayList<>(projectKeys);
    if (keys.size() > 500) {
      throw new IllegalArgumentException("at most 500 projects at once");
    }
    Map<String, ProjectProfile> found = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  SELECT + " WHERE p.project_key IN (" + Sql.marks(keys.size()) + ")")) {
            for (int i = 0; i < keys.size(); i++) {
              ps.setString(i + 1, keys.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ProjectProfile p = read(rs);
                found.put(p.projectKey(), p);
              }
            }
          }
          return found;
        });
  }

  @Override
  public StoreResult<ProjectProfile> save(ProjectProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return store.inTransaction(
        c -> {
          Long projectId = projectId(c, profile.projectKey());
          if (projectId == null) {
            return StoreResult.missing();
          }
          long stored = storedVersion(c, projectId);
          if (stored != profile.version()) {
            return new StoreResult.VersionConflict<>(profile.version(), stored);
          }
          ProjectProfile next = profile.withVersion(stored + 1);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO project_profile (project_id, sponsor_key, manager_key, budget,"
                      + " currency, start_date, end_date, phase, baseline_start, baseline_end,"
                      + " version) KEY (project_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, projectId);
            Sql.string(ps, 2, next.sponsorKey());
            Sql.string(ps, 3, next.managerKey());
            Sql.decimal(ps, 4, next.budget());
            ps.setString(5, next.currency());
            Sql.date(ps, 6, next.start());
            Sql.date(ps, 7, next.end());
            ps.setString(8, next.phase());
            Sql.date(ps, 9, next.baselineStart());
            Sql.date(ps, 10, next.baselineEnd());
            ps.setLong(11, next.version());
            ps.executeUpdate();
          }
          return StoreResult.stored(next);
        });
  }

  private static Long projectId(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM project WHERE project_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : null;
      }
    }
  }

  private static long storedVersion(Connection c, long projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT version FROM project_profile WHERE project_id = ? FOR UPDATE")) {
      ps.setLong(1, projectId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getLong(1) : 0;
      }
    }
  }

  private static ProjectProfile read(ResultSet rs) throws SQLException {
    return new ProjectProfile(
        rs.getString("project_key"),
        rs.getString("sponsor_key"),
        rs.getString("manager_key"),
        rs.getBigDecimal("budget"),
        rs.getString("currency"),
        Sql.date(rs, "start_date"),
        Sql.date(rs, "end_date"),
        rs.getString("phase"),
        Sql.date(rs, "baseline_start"),
        Sql.date(rs, "baseline_end"),
        rs.getLong("version"));
  }
}
