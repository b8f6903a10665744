package io.lodestar.pmo.sandbox.shared.host;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The sandbox's project permission rule, in one place: a user holds a project permission when a
 * {@code project_permission} row grants it to ANYONE, to the user, or to a group the user is in,
 * group names compared case-insensitively and without surrounding blanks ({@link
 * io.lodestar.pmo.app.shared.host.GroupNames}, the rule the PMO admin group follows too). Anonymous
 * visitors (user key null) hold only ANYONE grants. Used by {@link SqlHostPermissions}, {@link
 * SqlProjectDirectory}, {@link SqlIssueLinks} and the risk source, so that every view filters the
 * same way.
 */
public final class ProjectAccess {

  /** Browse a project and its issues (Jira: BROWSE_PROJECTS). */
  public static final String BROWSE = "BROWSE";

  /** Administer a project (Jira: ADMINISTER_PROJECTS). */
  public static final String ADMINISTER = "ADMINISTER";

  private ProjectAccess() {}

  /**
   * An SQL condition that holds when the project aliased {@code projectAlias} grants {@code
   * permission}; binds two parameters, both the user key (or both null for anonymous).
   *
   * @param projectAlias alias of the {@code project} table in the surrounding query
   * @param permission {@link #BROWSE} or {@link #ADMINISTER}
   */
  public static String condition(String projectAlias, String permission) {
    if (!BROWSE.equals(permission) && !ADMINISTER.equals(permission)) {
      throw new IllegalArgumentException("unknown permission " + permission);
    }
    if (!projectAlias.matches("[a-z_]+")) {
      throw new IllegalArgumentException("bad alias " + projectAlias);
    }
    return "EXISTS (SELECT 1 FROM project_permission pp WHERE pp.project_id = "
        + projectAlias
        + ".id AND pp.permission = '"
        + permission
        + "' AND (pp.holder_type = 'ANYONE' OR (pp.holder_type = 'USER' AND pp.holder = ?) OR"
        + " (pp.holder_type = 'GROUP' AND LOWER(TRIM(pp.holder)) IN (SELECT"
        + " LOWER(TRIM(gm.group_name)) FROM group_membership gm WHERE gm.user_key = ?))))";
  }

  /** Binds the two parameters of {@link #condition} starting at {@code index}; returns the next. */
  public static int bind(PreparedStatement ps, int index, String userKey) throws SQLException {
    io.lodestar.pmo.sandbox.shared.store.Sql.string(ps, index, userKey);
    io.lodestar.pmo.sandbox.shared.store.Sql.string(ps, index + 1, userKey);
    return index + 2;
  }

  /** Whether {@code userKey} (null: anonymous) holds {@code permission} on project {@code id}. */
  public static boolean holds(Connection c, String userKey, long projectId, String permission)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM project p WHERE p.id = ? AND " + condition("p", permission))) {
      ps.setLong(1, projectId);
      bind(ps, 2, userKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
