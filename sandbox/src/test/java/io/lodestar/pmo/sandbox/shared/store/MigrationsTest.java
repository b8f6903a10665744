package io.lodestar.pmo.sandbox.shared.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.sandbox.shared.host.PasswordHasher;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {

  @TempDir Path dataDirectory;

  @Test
  void open_shouldBringAnEmptyDirectoryToTheLatestSchema() {
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST);
    }
  }

  @Test
  void open_shouldKeepDataAcrossRestarts() {
    try (SandboxStore first = SandboxStore.open(dataDirectory)) {
      first.inTransaction(
          c -> c.createStatement().executeUpdate("INSERT INTO user_group VALUES ('kept')"));
    }

    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      assertThat(count(target, "SELECT COUNT(*) FROM user_group WHERE group_name = 'kept'"))
          .isEqualTo(1);
    }
  }

  @Test
  void open_shouldUpgradeAVersion1DirectoryWithoutLosingRows() {
    // given a data directory written by a sandbox that knew only V1
    try (SandboxStore old = SandboxStore.open(dataDirectory, 1)) {
      assertThat(old.schemaVersion()).isEqualTo(1);
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO app_user (user_key, username, display_name) VALUES ('u1', 'u1',"
                      + " 'User One')");
              s.executeUpdate(
                  "INSERT INTO project (id, project_key, name) VALUES (1, 'OLD', 'Old project')");
              s.executeUpdate("INSERT INTO issue_type (id, name) VALUES ('1', 'Task')");
              s.executeUpdate(
                  "INSERT INTO issue (id, issue_key, issue_number, project_id, issue_type_id,"
                      + " status_name, status_category, summary, created, updated) VALUES (7,"
                      + " 'OLD-1', 1, 1, '1', 'To Do', 'new', 'Written by V1',"
                      + " TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00',"
                      + " TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00')");
              s.executeUpdate(
                  "INSERT INTO risk_model (name, kind, format_version, definition, version)"
                      + " VALUES ('Old model', 'FORMULA', 1, 'x=1', 3)");
            }
            return null;
          });
    }

    // when a newer sandbox opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then the schema is upgraded and every row is still there
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST);
      assertThat(count(target, "SELECT COUNT(*) FROM app_user WHERE user_key = 'u1'")).isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM risk_model WHERE version = 3")).isEqualTo(1);
      target.inTransaction(
          c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT summary, labels FROM issue WHERE id = 7");
                ResultSet rs = ps.executeQuery()) {
              assertThat(rs.next()).isTrue();
              assertThat(rs.getString("summary")).isEqualTo("Written by V1");
              assertThat(rs.getString("labels")).isNull();
            }
            return null;
          });
      assertThat(count(target, "SELECT COUNT(*) FROM import_log")).isZero();
    }
  }

  @Test
  void open_shouldUpgradeAVersion3Directory_leavingItsRowsToNoImportSource() {
    // given a directory of a sandbox that knew V1..V3, with a demo-like field and an old import
    try (SandboxStore old = SandboxStore.open(dataDirectory, 3)) {
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO custom_field (id, name, field_type) VALUES ('customfield_10200',"
                      + " 'Probability', 'OPTION')");
              s.executeUpdate(
                  "INSERT INTO import_log (file_name, file_sha256, file_format, issue_count,"
                      + " imported_at) VALUES ('old.json', 'x', 'json', 3, CURRENT_TIMESTAMP)");
            }
            return null;
          });
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then the rows are kept, belong to no source, and old options count as ordered
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST);
      assertThat(
              count(
                  target,
                  "SELECT COUNT(*) FROM custom_field WHERE id = 'customfield_10200' AND source_id"
                      + " IS NULL AND options_ordered"))
          .isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM import_log WHERE source_id IS NULL"))
          .isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM import_source")).isZero();
      assertThat(
              count(target, "SELECT CAST(NEXT VALUE FOR import_local_id / 1000000000000 AS INT)"))
          .as("imported ids start far above the demo's")
          .isEqualTo(1);
    }
  }

  @Test
  void open_shouldRefuse_whenTheDirectoryIsNewerThanThisBuild() {
    try (SandboxStore store = SandboxStore.open(dataDirectory)) {
      store.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO schema_version VALUES (99, 'V99__future.sql', 'x',"
                          + " CURRENT_TIMESTAMP)"));
    }

    assertThatThrownBy(() -> SandboxStore.open(dataDirectory))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99");
  }

  @Test
  void statements_shouldSplitOnSemicolonsAtLineEndsAndDropComments() {
    var target =
        Migrations.statements("-- note\nCREATE TABLE a (x INT);\n\nINSERT INTO a\n VALUES (1);\n");

    assertThat(target).containsExactly("CREATE TABLE a (x INT)", "INSERT INTO a\n VALUES (1)");
  }

  @Test
  void inTransaction_shouldRollBackEverything_whenTheWorkFails() {
    try (SandboxStore target = SandboxStore.inMemory("rollback")) {
      assertThatThrownBy(
              () ->
                  target.inTransaction(
                      c -> {
                        c.createStatement().executeUpdate("INSERT INTO user_group VALUES ('a')");
                        throw new IllegalStateException("boom");
                      }))
          .hasMessage("boom");

      assertThat(count(target, "SELECT COUNT(*) FROM user_group")).isZero();
    }
  }

  @Test
  void
      open_shouldUpgradeAVersion5Directory_keepingProjectsAndIssuesAndAddingEmptyPortfolioTables() {
    // given a directory of a sandbox that knew V1..V5, with a project, an issue and a worklog
    try (SandboxStore old = SandboxStore.open(dataDirectory, 5)) {
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO project (id, project_key, name, portfolio, program) VALUES (1,"
                      + " 'OLD', 'Old project', 'Digital', 'Mobile')");
              s.executeUpdate("INSERT INTO issue_type (id, name) VALUES ('1', 'Task')");
              s.executeUpdate(
                  "INSERT INTO issue (id, issue_key, issue_number, project_id, issue_type_id,"
                      + " status_name, status_category, summary, created, updated,"
                      + " time_spent_seconds) VALUES (7, 'OLD-1', 1, 1, '1', 'To Do', 'new',"
                      + " 'Written by V5', TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00',"
                      + " TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00', 3600)");
              s.executeUpdate(
                  "INSERT INTO worklog (id, issue_id, author_key, started, time_spent_seconds)"
                      + " VALUES (70, 7, 'u1', TIMESTAMP WITH TIME ZONE '2024-01-02 10:00:00+00',"
                      + " 3600)");
            }
            return null;
          });
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then V6 is applied, the rows are kept, the portfolio tables are empty and usable
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST);
      assertThat(count(target, "SELECT COUNT(*) FROM issue WHERE time_spent_seconds = 3600"))
          .isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM worklog WHERE issue_id = 7")).isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM portfolio_node")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM project_profile")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM rollup_index_journal")).isZero();
      target.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO project_profile (project_id, currency, phase, budget,"
                          + " version) VALUES (1, 'EUR', 'EXECUTING', 1000.00, 1)"));
      assertThat(count(target, "SELECT COUNT(*) FROM project_profile WHERE project_id = 1"))
          .isEqualTo(1);
    }
  }

  @Test
  void
      open_shouldUpgradeAVersion6Directory_keepingPortfoliosAndProfilesAndAddingAnEmptySnapshotTable() {
    // given a directory of a sandbox that knew V1..V6, with a project, its profile and a portfolio
    try (SandboxStore old = SandboxStore.open(dataDirectory, 6)) {
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO project (id, project_key, name, portfolio, program) VALUES (1,"
                      + " 'OLD', 'Old project', 'Digital', 'Mobile')");
              s.executeUpdate(
                  "INSERT INTO project_profile (project_id, currency, phase, budget, version)"
                      + " VALUES (1, 'EUR', 'EXECUTING', 1000.00, 1)");
              s.executeUpdate(
                  "INSERT INTO portfolio_node (node_key, kind, name, owner_key, sponsor_key,"
                      + " currency, progress_method, version) VALUES ('DIG', 'PORTFOLIO',"
                      + " 'Digital', 'u1', 'u2', 'EUR', 'COUNT', 1)");
            }
            return null;
          });
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then V7 is applied, the V6 rows are kept and the snapshot table is empty and unique by
      // (kind, key, date)
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(7);
      assertThat(count(target, "SELECT COUNT(*) FROM project_profile WHERE budget = 1000"))
          .isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM portfolio_node WHERE node_key = 'DIG'"))
          .isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM portfolio_snapshot")).isZero();
      String insert =
          "INSERT INTO portfolio_snapshot (node_kind, node_key, snapshot_date, currency,"
              + " todo_count, in_progress_count, done_count, points_total, points_done) VALUES"
              + " ('PORTFOLIO', 'DIG', DATE '2026-01-05', 'EUR', 0, 0, 0, '0', '0')";
      target.inTransaction(c -> c.createStatement().executeUpdate(insert));
      assertThatThrownBy(() -> target.inTransaction(c -> c.createStatement().executeUpdate(insert)))
          .hasMessageContaining("UQ_PORTFOLIO_SNAPSHOT");
      assertThat(count(target, "SELECT COUNT(*) FROM portfolio_snapshot")).isEqualTo(1);
    }
  }

  @Test
  void open_shouldUpgradeAVersion7Directory_keepingPortfoliosAndAddingTheSystemDashboard() {
    // given a directory of a sandbox that knew V1..V7, with a portfolio
    try (SandboxStore old = SandboxStore.open(dataDirectory, 7)) {
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO portfolio_node (node_key, kind, name, owner_key, sponsor_key,"
                      + " currency, progress_method, version) VALUES ('OLDP', 'PORTFOLIO', 'Old',"
                      + " 'admin', 'admin', 'EUR', 'BY_COUNT', 1)");
            }
            return null;
          });
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then V8 is applied, the portfolio is kept, the system dashboard has two unconfigured items
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(8);
      assertThat(count(target, "SELECT COUNT(*) FROM portfolio_node WHERE node_key = 'OLDP'"))
          .isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM dashboard WHERE owner_key = 'admin'"))
          .isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM dashboard_item WHERE dashboard_id = 10000"))
          .isEqualTo(2);
      assertThat(count(target, "SELECT COUNT(*) FROM dashboard_item_config")).isZero();
      // and an item's configuration is stored, its rows bounded by the table too
      target.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO dashboard_item_config (item_id, portfolio_key, columns_shown,"
                          + " sort_by, max_rows, version) VALUES (10100, 'OLDP', 'HEALTH', 'NAME',"
                          + " 20, 1)"));
      assertThat(count(target, "SELECT COUNT(*) FROM dashboard_item_config")).isEqualTo(1);
      assertThatThrownBy(
              () ->
                  target.inTransaction(
                      c ->
                          c.createStatement()
                              .executeUpdate(
                                  "INSERT INTO dashboard_item_config (item_id, portfolio_key,"
                                      + " columns_shown, sort_by, max_rows, version) VALUES"
                                      + " (10101, 'OLDP', 'HEALTH', 'NAME', 21, 1)")))
          .isInstanceOf(RuntimeException.class);
    }
  }

  @Test
  void open_shouldUpgradeAVersion8Directory_findingLoginNamesCaseInsensitivelyThroughAnIndex() {
    // given a directory of a sandbox that knew V1..V8, with a user whose login name has capitals
    try (SandboxStore old = SandboxStore.open(dataDirectory, 8)) {
      old.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO app_user (user_key, username, display_name) VALUES ('k1',"
                          + " 'Mixed.Case', 'Mixed Case')"));
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      SandboxUsers users =
          new SandboxUsers(target, new PasswordHasher(new java.security.SecureRandom(), 1000));

      // then the user is found by any spelling of the name, and the look-up uses the index
      assertThat(target.schemaVersion()).isGreaterThanOrEqualTo(9);
      assertThat(users.byUsername("mixed.case")).map(HostUser::key).contains("k1");
      assertThat(users.byUsername("MIXED.CASE")).map(HostUser::key).contains("k1");
      assertThat(users.byUsername("mixed")).isEmpty();
      String plan =
          target.inTransaction(
              c -> {
                try (Statement s = c.createStatement();
                    ResultSet rs =
                        s.executeQuery(
                            "EXPLAIN SELECT user_key FROM app_user WHERE username_lower ="
                                + " 'mixed.case'")) {
                  rs.next();
                  return rs.getString(1);
                }
              });
      assertThat(plan).containsIgnoringCase("IX_APP_USER_USERNAME_LOWER");
    }
  }

  @Test
  void open_shouldUpgradeAVersion11Directory_addingEmptyTrainingTablesAndKeepingUsers() {
    // given a directory of a sandbox that knew V1..V11, with a user
    try (SandboxStore old = SandboxStore.open(dataDirectory, 11)) {
      old.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO app_user (user_key, username, display_name) VALUES ('k1',"
                          + " 'alice', 'Alice')"));
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then the user is kept, the training tables exist empty and take rows
      assertThat(target.schemaVersion()).isGreaterThanOrEqualTo(12);
      assertThat(count(target, "SELECT COUNT(*) FROM app_user")).isEqualTo(1);
      assertThat(count(target, "SELECT COUNT(*) FROM training_person_cert")).isZero();
      io.lodestar.pmo.sandbox.training.SqlTrainingStore training =
          new io.lodestar.pmo.sandbox.training.SqlTrainingStore(target);
      training.savePerson(
          new io.lodestar.pmo.app.training.TrainingStore.Person("k1", null, "Team"));
      assertThat(training.teamMembers("Team", 0, 10)).containsExactly("k1");
    }
  }

  @Test
  void open_shouldUpgradeAVersion12Directory_emptyingTheRiskIndexToBeRebuiltWithItsRecords() {
    // given a directory of a sandbox that knew V1..V12, with a risk index consistent for a stamp
    try (SandboxStore old = SandboxStore.open(dataDirectory, 12)) {
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO project (id, project_key, name) VALUES (1, 'OLD', 'Old project')");
              s.executeUpdate("INSERT INTO issue_type (id, name) VALUES ('10100', 'Risk')");
              s.executeUpdate(
                  "INSERT INTO issue (id, issue_key, issue_number, project_id, issue_type_id,"
                      + " status_name, status_category, summary, created, updated) VALUES (7,"
                      + " 'OLD-1', 1, 1, '10100', 'To Do', 'new', 'Written by V9',"
                      + " TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00',"
                      + " TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00')");
              s.executeUpdate(
                  "INSERT INTO risk_assessment (issue_id, project_id, issue_key, key_prefix,"
                      + " key_number, title, title_fold, status, active, kind, review_missing,"
                      + " score_missing, band_rank, above_appetite) VALUES (7, 1, 'OLD-1', 'OLD',"
                      + " 1, 'Written by V9', 'written by v9', 'OPEN', TRUE, 'THREAT', TRUE, TRUE,"
                      + " 0, FALSE)");
              s.executeUpdate(
                  "INSERT INTO risk_tally (project_id, dimension, bucket, n, amount) VALUES (1,"
                      + " 'STATUS', 'OPEN', 1, 0)");
              s.executeUpdate(
                  "INSERT INTO risk_index_state (project_id, stamp, target_stamp, done, total)"
                      + " VALUES (1, 'stamp-v9', 'stamp-v9', 1, 1)");
            }
            return null;
          });
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then the derived rows are gone, the project's index is consistent for no stamp (its next
      // read rebuilds it, keeping the records), the record columns exist, and the issue is kept
      assertThat(target.schemaVersion()).isGreaterThanOrEqualTo(10);
      assertThat(count(target, "SELECT COUNT(*) FROM risk_assessment")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM risk_tally")).isZero();
      assertThat(
              count(
                  target,
                  "SELECT COUNT(*) FROM risk_index_state WHERE stamp IS NULL AND target_stamp IS"
                      + " NULL AND done = 0"))
          .isEqualTo(1);
      assertThat(
              count(
                  target,
                  "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME ="
                      + " 'RISK_ASSESSMENT' AND COLUMN_NAME IN ('REC_SUMMARY',"
                      + " 'REC_STATUS_CATEGORY', 'REC_FIELDS', 'REC_KEPT')"))
          .isEqualTo(4);
      assertThat(count(target, "SELECT COUNT(*) FROM issue WHERE id = 7")).isEqualTo(1);
    }
  }

  @Test
  void open_shouldUpgradeAVersion14Directory_keepingTheRiskIndexStateAtAnswerVersionZero() {
    // given a directory of a sandbox that knew V1..V14, with a consistent risk index state
    try (SandboxStore old = SandboxStore.open(dataDirectory, 14)) {
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO project (id, project_key, name) VALUES (1, 'OLD', 'Old project')");
              s.executeUpdate(
                  "INSERT INTO risk_index_state (project_id, stamp, target_stamp, done, total)"
                      + " VALUES (1, 'stamp-v14', 'stamp-v14', 3, 3)");
            }
            return null;
          });
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then the state is kept as it was (no rebuild) and its answers start at version 0
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(15);
      assertThat(
              count(
                  target,
                  "SELECT COUNT(*) FROM risk_index_state WHERE stamp = 'stamp-v14' AND done = 3"
                      + " AND answer_version = 0"))
          .isEqualTo(1);
    }
  }

  private static int count(SandboxStore store, String sql) {
    return store.inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  @Test
  void open_shouldUpgradeAVersion3DirectoryToTheRiskIndex_withAnEmptyIndexAndTheIssuesKept() {
    // given a data directory written by a sandbox that knew V1..V3, holding a risk issue
    try (SandboxStore old = SandboxStore.open(dataDirectory, 3)) {
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO project (id, project_key, name) VALUES (1, 'OLD', 'Old project')");
              s.executeUpdate("INSERT INTO issue_type (id, name) VALUES ('10100', 'Risk')");
              s.executeUpdate(
                  "INSERT INTO issue (id, issue_key, issue_number, project_id, issue_type_id,"
                      + " status_name, status_category, summary, created, updated) VALUES (7,"
                      + " 'OLD-1', 1, 1, '10100', 'To Do', 'new', 'Written by V3',"
                      + " TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00',"
                      + " TIMESTAMP WITH TIME ZONE '2024-01-01 10:00:00+00')");
            }
            return null;
          });
    }

    // when a newer sandbox opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then V4 is applied: the index is empty (built on first use), the issue is kept, and the
      // write hook's journal accepts entries
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(4);
      assertThat(count(target, "SELECT COUNT(*) FROM risk_assessment")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM risk_tally")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM risk_index_state")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM issue WHERE id = 7")).isEqualTo(1);
      target.inTransaction(
          c -> {
            io.lodestar.pmo.sandbox.risk.RiskIndexJournal.issueWritten(c, 7);
            return null;
          });
      assertThat(count(target, "SELECT COUNT(*) FROM risk_index_journal WHERE project_id = 1"))
          .isEqualTo(1);
    }
  }

  @Test
  void
      open_shouldUpgradeAVersion9Directory_withTheStandardLifecycleAndEveryProjectInItsFirstPhase() {
    // given a directory of a sandbox that knew V1..V9, with a project
    try (SandboxStore old = SandboxStore.open(dataDirectory, 9)) {
      old.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO project (id, project_key, name) VALUES (1, 'OLD', 'Old')"));
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      var gates = new io.lodestar.pmo.sandbox.standardization.gate.SqlGateStore(target);

      // then the standard lifecycle is configured, no approvers yet, the project has no gate row
      // (first phase), its row is kept, and a gate can be stored for it
      assertThat(target.schemaVersion()).isGreaterThanOrEqualTo(10);
      assertThat(gates.settings().config())
          .isEqualTo(io.lodestar.pmo.engine.standardization.gate.GateConfig.standard());
      assertThat(gates.settings().approverKeys()).isEmpty();
      assertThat(gates.find("OLD")).isEmpty();
      assertThat(count(target, "SELECT COUNT(*) FROM project WHERE project_key = 'OLD'"))
          .isEqualTo(1);
      var state =
          new io.lodestar.pmo.engine.standardization.gate.GateState(
              "OLD", 1, java.util.Optional.empty(), java.util.List.of());
      assertThat(gates.save(new io.lodestar.pmo.app.standardization.gate.StoredGate(state, 0)))
          .hasValueSatisfying(g -> assertThat(g.version()).isEqualTo(1));
      assertThat(gates.find("OLD")).hasValueSatisfying(g -> assertThat(g.state()).isEqualTo(state));
    }
  }

  @Test
  void open_shouldUpgradeAVersion10Directory_keepingUsersAndAddingTheCapacityTables() {
    // given a directory of a sandbox that knew V1..V10, with a user
    try (SandboxStore old = SandboxStore.open(dataDirectory, 10)) {
      old.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO app_user (user_key, username, display_name) VALUES ('p1',"
                          + " 'p1', 'Person One')"));
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then the capacity tables exist, the user is kept and can get a plan and an absence
      assertThat(target.schemaVersion()).isEqualTo(Migrations.LATEST).isGreaterThanOrEqualTo(11);
      assertThat(count(target, "SELECT COUNT(*) FROM app_user WHERE user_key = 'p1'")).isEqualTo(1);
      target.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO cap_person (person_key, seconds_mon, seconds_tue, seconds_wed,"
                          + " seconds_thu, seconds_fri, seconds_sat, seconds_sun) VALUES ('p1',"
                          + " 28800, 28800, 28800, 28800, 28800, 0, 0)"));
      target.inTransaction(
          c ->
              c.createStatement()
                  .executeUpdate(
                      "INSERT INTO cap_absence (person_key, first_day, last_day, kind, version)"
                          + " VALUES ('p1', DATE '2026-01-05', DATE '2026-01-09', 'VACATION', 1)"));
      assertThat(count(target, "SELECT COUNT(*) FROM cap_absence")).isEqualTo(1);
      // and an absence ending before it starts, or an allocation with no amount, is refused
      assertThatThrownBy(
              () ->
                  target.inTransaction(
                      c ->
                          c.createStatement()
                              .executeUpdate(
                                  "INSERT INTO cap_absence (person_key, first_day, last_day, kind,"
                                      + " version) VALUES ('p1', DATE '2026-01-09', DATE"
                                      + " '2026-01-05', 'SICK', 1)")))
          .isInstanceOf(RuntimeException.class);
      assertThatThrownBy(
              () ->
                  target.inTransaction(
                      c ->
                          c.createStatement()
                              .executeUpdate(
                                  "INSERT INTO cap_allocation (holder_key, holder_team,"
                                      + " project_key, first_day, last_day) VALUES ('p1', FALSE,"
                                      + " 'X', DATE '2026-01-05', DATE '2026-01-09')")))
          .isInstanceOf(RuntimeException.class);
    }
  }
}
