package io.lodestar.pmo.sandbox.risk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The write hook of the risk index: every write of an issue (its row, field values or links) calls
 * {@link #issueWritten} on the writing connection, so that the journal entry commits or rolls back
 * with the write. {@link SqlAssessedRiskIndex} applies the entries before it next answers for the
 * issue's project. Writers: the importer's {@code IssueWriter} (also the path of the issue form);
 * the demo generator writes before any index exists and leaves the projects to be built.
 */
public final class RiskIndexJournal {

  private RiskIndexJournal() {}

  /**
   * Records that issue {@code issueId} was written (created, changed or re-typed) in the current
   * transaction of {@code c}. An unknown id records nothing.
   */
  public static void issueWritten(Connection c, long issueId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO risk_index_journal (project_id, issue_id) SELECT project_id, id FROM issue"
                + " WHERE id = ?")) {
      ps.setLong(1, issueId);
      ps.executeUpdate();
    }
  }
}
