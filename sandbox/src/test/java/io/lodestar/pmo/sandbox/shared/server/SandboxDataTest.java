package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SandboxDataTest {

  @TempDir Path dataDirectory;

  @Test
  void prepare_shouldStartWithoutDemoData_whenTheDemoIsDeclined() {
    SandboxConfig config =
        SandboxConfig.defaults().withDataDirectory(dataDirectory).withIssues(40).withDemo(false);

    try (SandboxStore target = SandboxData.prepare(config)) {
      assertThat(count(target, "SELECT COUNT(*) FROM project")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM issue")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM custom_field")).isZero();
      assertThat(count(target, "SELECT COUNT(*) FROM app_user"))
          .as("only the demo accounts, to sign in")
          .isEqualTo(DemoAccounts.ALL.size());
      assertThat(count(target, "SELECT COUNT(*) FROM risk_model")).isEqualTo(1);
    }

    // and a later start without --no-demo keeps the directory as it is
    try (SandboxStore target = SandboxData.prepare(config.withDemo(true))) {
      assertThat(count(target, "SELECT COUNT(*) FROM project")).isZero();
    }
  }

  @Test
  void prepare_shouldGenerateTheDemo_byDefault() {
    SandboxConfig config = SandboxConfig.defaults().withDataDirectory(dataDirectory).withIssues(40);

    try (SandboxStore target = SandboxData.prepare(config)) {
      assertThat(count(target, "SELECT COUNT(*) FROM project")).isEqualTo(40);
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
