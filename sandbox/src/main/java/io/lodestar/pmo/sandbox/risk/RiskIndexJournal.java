package io.lodestar.pmo.sandbox.risk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The write hook of the risk index: every write of an issue (its row, field values or links) calls
 * {@link #issueWritten} on the writing connection, so that the journal entry commits or rolls back
 * with the write; the indexed risks linked to the issue are journaled too (their mitigation keys
 * may change). {@link SqlAssessedRiskIndex} applies the entries before it next answers for the
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
    // The indexed risks linked to the issue either way, each for its own project: a link written
    // with this issue, or this issue's type, key or project, changes their mitigation keys, so
    // their registers' answers change (SqlAssessedRiskIndex#answerVersion).
    for (String[] ends :
        new String[][] {{"source_key", "destination_key"}, {"destination_key", "source_key"}}) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO risk_index_journal (project_id, issue_id) SELECT r.project_id,"
                  + " r.issue_id FROM issue i JOIN issue_link l ON l."
                  + ends[0]
                  + " = i.issue_key JOIN issue o ON o.issue_key = l."
                  + ends[1]
                  + " JOIN risk_assessment r ON r.issue_id = o.id WHERE i.id = ? AND o.id <> i.id")) {
        ps.setLong(1, issueId);
        ps.executeUpdate();
      }
    }
  }
}
