package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.engine.risk.port.UnownedRiskContact;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link UnownedRiskContact} on the sandbox database: the project's lead ({@code project.lead_key},
 * as Jira's project lead), who is reminded of the project's overdue risks that have no owner.
 */
public final class SqlUnownedRiskContact implements UnownedRiskContact {

  private final SandboxStore store;

  public SqlUnownedRiskContact(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<String> contactFor(String projectKey) {
    Objects.requireNonNull(projectKey, "projectKey");
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT lead_key FROM project WHERE project_key = ?")) {
            ps.setString(1, projectKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
          }
        });
  }
}
