package io.lodestar.pmo.sandbox.shared.host;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.IssueLinks;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link IssueLinks} on the sandbox database ({@code issue_link} by issue key). Links whose other
 * end is not (yet) in the database are left out; links to issues in projects the viewer may not
 * browse count as hidden. Sub-task relations are parent keys, not links, so they never appear.
 */
public final class SqlIssueLinks implements IssueLinks {

  private final SandboxStore store;

  public SqlIssueLinks(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public Optional<LinkedIssues> linkedTo(String issueKey, HostUser viewer) {
    if (issueKey == null || issueKey.isBlank()) {
      return Optional.empty();
    }
    String viewerKey = viewer == null ? null : viewer.key();
    return store.inTransaction(
        c -> {
          if (!mayBrowseIssue(c, issueKey, viewerKey)) {
            return Optional.empty();
          }
          List<LinkedIssue> visible = new ArrayList<>();
          int hidden = 0;
          String browse = ProjectAccess.condition("p", ProjectAccess.BROWSE);
          String sql =
              "SELECT * FROM ("
                  + " SELECT l.id AS link_id, l.link_type, TRUE AS outward, o.issue_key,"
                  + " o.summary, o.issue_type_id, o.status_category, p.project_key, "
                  + browse
                  + " AS visible FROM issue_link l JOIN issue o ON o.issue_key ="
                  + " l.destination_key JOIN project p ON p.id = o.project_id WHERE l.source_key"
                  + " = ?"
                  + " UNION ALL"
                  + " SELECT l.id, l.link_type, FALSE, o.issue_key, o.summary, o.issue_type_id,"
                  + " o.status_category, p.project_key, "
                  + browse
                  + " FROM issue_link l JOIN issue o ON o.issue_key = l.source_key JOIN project p"
                  + " ON p.id = o.project_id WHERE l.destination_key = ?"
                  + ") ORDER BY link_id";
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = ProjectAccess.bind(ps, 1, viewerKey);
            ps.setString(i++, issueKey);
            i = ProjectAccess.bind(ps, i, viewerKey);
            ps.setString(i, issueKey);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                if (!rs.getBoolean("visible")) {
                  hidden++;
                  continue;
                }
                visible.add(
                    new LinkedIssue(
                        rs.getString("issue_key"),
                        rs.getString("project_key"),
                        rs.getString("summary"),
                        rs.getString("issue_type_id"),
                        "done".equals(rs.getString("status_category")),
                        rs.getString("link_type"),
                        rs.getBoolean("outward")));
              }
            }
          }
          return Optional.of(new LinkedIssues(visible, hidden));
        });
  }

  private static boolean mayBrowseIssue(Connection c, String issueKey, String viewerKey)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT 1 FROM issue i JOIN project p ON p.id = i.project_id WHERE i.issue_key = ? AND "
                + ProjectAccess.condition("p", ProjectAccess.BROWSE))) {
      ps.setString(1, issueKey);
      ProjectAccess.bind(ps, 2, viewerKey);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }
}
