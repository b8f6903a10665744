package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.engine.risk.port.OwnerVisibility;
import io.lodestar.pmo.sandbox.shared.host.ProjectAccess;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;

/**
 * {@link OwnerVisibility} on the sandbox database: the owner may see the risk when the owner is a
 * known user holding browse on the issue's project ({@link ProjectAccess}; the sandbox has no issue
 * security).
 */
public final class SqlOwnerVisibility implements OwnerVisibility {

  private final SandboxStore store;

  public SqlOwnerVisibility(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public boolean mayBrowse(String ownerKey, String issueKey) {
    if (ownerKey == null || issueKey == null) {
      return false;
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM issue i JOIN project p ON p.id = i.project_id JOIN app_user u ON"
                      + " u.user_key = ? WHERE i.issue_key = ? AND "
                      + ProjectAccess.condition("p", ProjectAccess.BROWSE))) {
            ps.setString(1, ownerKey);
            ps.setString(2, issueKey);
            ProjectAccess.bind(ps, 3, ownerKey);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }
}
