package io.lodestar.pmo.sandbox.standardization;

import io.lodestar.pmo.app.standardization.port.AssignmentStore;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Assignments on table {@code std_assignment} (schema V14), one row per project. */
public final class SqlAssignments implements AssignmentStore {

  private final SandboxStore store;

  public SqlAssignments(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public List<TemplateAssignment> all() {
    return store.inTransaction(
        c -> {
          List<TemplateAssignment> all = new ArrayList<>();
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT project_key, template_id, version FROM std_assignment ORDER BY"
                          + " project_key");
              ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              all.add(new TemplateAssignment(rs.getString(1), rs.getString(2), rs.getInt(3)));
            }
          }
          return all;
        });
  }

  @Override
  public Optional<TemplateAssignment> byProject(String projectKey) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT project_key, template_id, version FROM std_assignment WHERE"
                      + " project_key = ?")) {
            ps.setString(1, projectKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? Optional.of(
                      new TemplateAssignment(rs.getString(1), rs.getString(2), rs.getInt(3)))
                  : Optional.<TemplateAssignment>empty();
            }
          }
        });
  }

  @Override
  public void save(TemplateAssignment a) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO std_assignment (project_key, template_id, version) KEY"
                      + " (project_key) VALUES (?, ?, ?)")) {
            ps.setString(1, a.projectKey());
            ps.setString(2, a.templateId());
            ps.setInt(3, a.version());
            return ps.executeUpdate();
          }
        });
  }
}
