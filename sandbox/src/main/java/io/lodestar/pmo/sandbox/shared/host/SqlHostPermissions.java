package io.lodestar.pmo.sandbox.shared.host;

import io.lodestar.pmo.app.shared.host.GroupNames;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Objects;

/**
 * {@link HostPermissions} on the sandbox database: project grants per {@link ProjectAccess}, host
 * administrators by the {@code app_user.host_admin} flag, groups by {@code group_membership}, group
 * names compared by {@link GroupNames} (case-insensitively, as for grants and in Jira).
 */
public final class SqlHostPermissions implements HostPermissions {

  private final SandboxStore store;

  public SqlHostPermissions(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public boolean mayBrowse(HostUser user, ProjectRef project) {
    return holds(user, project, ProjectAccess.BROWSE);
  }

  @Override
  public boolean mayAdminister(HostUser user, ProjectRef project) {
    return holds(user, project, ProjectAccess.ADMINISTER);
  }

  @Override
  public boolean isHostAdmin(HostUser user) {
    if (user == null) {
      return false;
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT host_admin FROM app_user WHERE user_key = ?")) {
            ps.setString(1, user.key());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() && rs.getBoolean(1);
            }
          }
        });
  }

  @Override
  public boolean isInGroup(HostUser user, String group) {
    String name = GroupNames.canonical(group);
    if (user == null || name == null) {
      return false;
    }
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT 1 FROM group_membership WHERE user_key = ? AND LOWER(group_name) = ?")) {
            ps.setString(1, user.key());
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next();
            }
          }
        });
  }

  /**
   * The sandbox's permission scheme has no create permission of its own: a project's issues are
   * created and edited by those who administer it, and by host administrators (as the README's demo
   * users say: members change nothing).
   */
  @Override
  public boolean mayCreateIssues(HostUser user, ProjectRef project) {
    return user != null
        && mayBrowse(user, project)
        && (mayAdminister(user, project) || isHostAdmin(user));
  }

  private boolean holds(HostUser user, ProjectRef project, String permission) {
    if (project == null) {
      return false; // as the Jira host answers: no permission on no project
    }
    String key = user == null ? null : user.key();
    return store.inTransaction(c -> ProjectAccess.holds(c, key, project.id(), permission));
  }
}
