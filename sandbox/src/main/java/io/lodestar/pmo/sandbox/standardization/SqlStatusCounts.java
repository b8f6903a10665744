package io.lodestar.pmo.sandbox.standardization;

import io.lodestar.pmo.engine.standardization.apply.StatusCountPort;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The sandbox's issue counts per status of one issue type of a project: one grouped {@code SELECT
 * COUNT(*)} on the issue table, never loading an issue. Empty for an unknown project.
 */
public final class SqlStatusCounts implements StatusCountPort {

  private final SandboxStore store;

  public SqlStatusCounts(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<Map<String, Long>> countsByStatus(String projectKey, String issueType) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT COUNT(*) FROM project WHERE project_key = ?")) {
            ps.setString(1, projectKey);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              if (rs.getLong(1) == 0) {
                return Optional.<Map<String, Long>>empty();
              }
            }
          }
          Map<String, Long> counts = new LinkedHashMap<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.status_name, COUNT(*) FROM issue i JOIN project p ON p.id ="
                      + " i.project_id JOIN issue_type t ON t.id = i.issue_type_id WHERE"
                      + " p.project_key = ? AND LOWER(t.name) = LOWER(?) GROUP BY i.status_name"
                      + " ORDER BY i.status_name")) {
            ps.setString(1, projectKey);
            ps.setString(2, issueType);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
              }
            }
          }
          return Optional.of(Map.copyOf(counts));
        });
  }
}
