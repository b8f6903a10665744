package io.lodestar.pmo.sandbox.portfolio;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The write hook of the rollup index, as {@code RiskIndexJournal} is the risk index's: every write
 * of an issue calls {@link #issueWritten} on the writing connection, so that the entry commits or
 * rolls back with the write; {@link SandboxRollupIndex} applies committed entries (O(depth) each)
 * before it next answers. Writers: the importer's {@code IssueWriter} (also the issue form's path).
 */
public final class RollupIndexJournal {

  private RollupIndexJournal() {}

  /** Records that issue {@code issueId} was written in the current transaction of {@code c}. */
  public static void issueWritten(Connection c, long issueId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO rollup_index_journal (issue_id, project_id) SELECT id, project_id FROM"
                + " issue WHERE id = ?")) {
      ps.setLong(1, issueId);
      ps.executeUpdate();
    }
  }
}
