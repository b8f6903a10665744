package io.lodestar.pmo.sandbox.shared.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.sandbox.standardization.SqlHostConfiguration;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upgrade of a V13 directory to the standardization schema (V14). */
class StandardizationMigrationTest {

  /** The schema version that added standardization (renumbered on merge: only here). */
  private static final int STANDARDIZATION_VERSION = 14;

  @TempDir Path dataDirectory;

  @Test
  void open_shouldUpgradeAVersion9Directory_keepingProjectsAndAddingTheirConfigurationTables() {
    // given a directory of a sandbox that knew V1..V13, with a project in a category
    try (SandboxStore old = SandboxStore.open(dataDirectory, STANDARDIZATION_VERSION - 1)) {
      old.inTransaction(
          c -> {
            try (Statement s = c.createStatement()) {
              s.executeUpdate(
                  "INSERT INTO project (id, project_key, name, category) VALUES (1, 'OLD', 'Old',"
                      + " 'Digital')");
            }
            return null;
          });
    }

    // when this build opens it
    try (SandboxStore target = SandboxStore.open(dataDirectory)) {
      // then the project is kept and reads as a configuration with no schemes known
      assertThat(target.schemaVersion()).isGreaterThanOrEqualTo(STANDARDIZATION_VERSION);
      SqlHostConfiguration host = new SqlHostConfiguration(target);
      var config = host.project("OLD").orElseThrow();
      assertThat(config.category()).contains("Digital");
      assertThat(config.workflowSchemeId()).isEmpty();
      assertThat(host.workflowScheme("nope")).isEmpty();
      assertThat(count(target, "SELECT COUNT(*) FROM std_template_version")).isZero();
      // and the new tables hold their constraints: a status category must be Jira's
      target.inTransaction(
          c -> c.createStatement().executeUpdate("INSERT INTO workflow VALUES ('w', 'W')"));
      assertThatThrownBy(
              () ->
                  target.inTransaction(
                      c ->
                          c.createStatement()
                              .executeUpdate(
                                  "INSERT INTO workflow_status (workflow_id, position, name,"
                                      + " category) VALUES ('w', 0, 'Open', 'open')")))
          .isInstanceOf(RuntimeException.class);
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
}
