package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.engine.risk.port.RiskReviewFlagStore;
import io.lodestar.pmo.engine.shared.IssueKeyOrder;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link RiskReviewFlagStore} on the sandbox database (table {@code risk_review_flag}). {@link
 * #flagsOf} reads all of a project's flags (no cap); {@link #writeAll} is one transaction of JDBC
 * batches of {@value #BATCH}.
 */
public final class SqlRiskReviewFlagStore implements RiskReviewFlagStore {

  /** Statements per JDBC batch in {@link #writeAll}. */
  static final int BATCH = 500;

  private final SandboxStore store;

  public SqlRiskReviewFlagStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  /** {@inheritDoc} In issue-key order. */
  @Override
  public List<ReviewFlag> flagsOf(String projectKey) {
    if (projectKey == null) {
      return List.of();
    }
    List<ReviewFlag> flags =
        store.inTransaction(
            c -> {
              List<ReviewFlag> found = new ArrayList<>();
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT issue_key, project_key, review_date, flagged_on, reminded_on FROM"
                          + " risk_review_flag WHERE project_key = ? ORDER BY issue_key")) {
                ps.setString(1, projectKey);
                try (ResultSet rs = ps.executeQuery()) {
                  while (rs.next()) {
                    found.add(
                        new ReviewFlag(
                            rs.getString("issue_key"),
                            rs.getString("project_key"),
                            Sql.date(rs, "review_date"),
                            Sql.date(rs, "flagged_on"),
                            Sql.date(rs, "reminded_on")));
                  }
                }
              }
              return found;
            });
    flags.sort((a, b) -> IssueKeyOrder.INSTANCE.compare(a.issueKey(), b.issueKey()));
    return List.copyOf(flags);
  }

  /** The flag of one risk issue, or empty. */
  public Optional<ReviewFlag> flagOf(String issueKey) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT issue_key, project_key, review_date, flagged_on, reminded_on FROM"
                      + " risk_review_flag WHERE issue_key = ?")) {
            ps.setString(1, issueKey);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.empty();
              }
              return Optional.of(
                  new ReviewFlag(
                      rs.getString("issue_key"),
                      rs.getString("project_key"),
                      Sql.date(rs, "review_date"),
                      Sql.date(rs, "flagged_on"),
                      Sql.date(rs, "reminded_on")));
            }
          }
        });
  }

  @Override
  public void save(ReviewFlag flag) {
    Objects.requireNonNull(flag, "flag");
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO risk_review_flag (issue_key, project_key, review_date, flagged_on,"
                      + " reminded_on) KEY (issue_key) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, flag.issueKey());
            ps.setString(2, flag.projectKey());
            Sql.date(ps, 3, flag.reviewDate());
            Sql.date(ps, 4, flag.flaggedOn());
            Sql.date(ps, 5, flag.remindedOn());
            ps.executeUpdate();
          }
          return null;
        });
  }

  @Override
  public void writeAll(List<ReviewFlag> saves, List<String> clears) {
    RiskReviewFlagStore.checkWriteAll(saves, clears);
    if (saves.isEmpty() && clears.isEmpty()) {
      return;
    }
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM risk_review_flag WHERE issue_key = ?")) {
            int n = 0;
            for (String key : clears) {
              ps.setString(1, key);
              ps.addBatch();
              if (++n % BATCH == 0) {
                ps.executeBatch();
              }
            }
            ps.executeBatch();
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO risk_review_flag (issue_key, project_key, review_date, flagged_on,"
                      + " reminded_on) KEY (issue_key) VALUES (?, ?, ?, ?, ?)")) {
            int n = 0;
            for (ReviewFlag flag : saves) {
              ps.setString(1, flag.issueKey());
              ps.setString(2, flag.projectKey());
              Sql.date(ps, 3, flag.reviewDate());
              Sql.date(ps, 4, flag.flaggedOn());
              Sql.date(ps, 5, flag.remindedOn());
              ps.addBatch();
              if (++n % BATCH == 0) {
                ps.executeBatch();
              }
            }
            ps.executeBatch();
          }
          return null;
        });
  }

  @Override
  public void clear(String issueKey) {
    if (issueKey == null) {
      return;
    }
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("DELETE FROM risk_review_flag WHERE issue_key = ?")) {
            ps.setString(1, issueKey);
            ps.executeUpdate();
          }
          return null;
        });
  }
}
