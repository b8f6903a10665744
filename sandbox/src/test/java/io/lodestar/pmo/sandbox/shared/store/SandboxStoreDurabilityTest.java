package io.lodestar.pmo.sandbox.shared.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit that {@link SandboxStore#inTransaction} acknowledged is on file: a child JVM writing
 * rows from four threads is killed ({@code kill -9}, {@link Process#destroyForcibly()}) and every
 * row it reported as committed is there when the store is reopened.
 */
class SandboxStoreDurabilityTest {

  private static final int ACKS_BEFORE_KILL = 600;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void inTransaction_shouldKeepEveryAcknowledgedCommit_whenTheJvmIsKilled(@TempDir Path dir)
      throws Exception {
    // given a child JVM committing one row per transaction into a file store
    Process child =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriter.class.getName(),
                dir.toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    List<Integer> acknowledged = new ArrayList<>();
    try (BufferedReader out =
        new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.US_ASCII))) {
      assertThat(out.readLine()).as("child started").isEqualTo("ready");
      // when it is killed after a number of acknowledged commits
      String line;
      while (acknowledged.size() < ACKS_BEFORE_KILL && (line = out.readLine()) != null) {
        acknowledged.add(Integer.parseInt(line.trim()));
      }
      child.destroyForcibly();
    } finally {
      child.destroyForcibly();
      child.waitFor(20, TimeUnit.SECONDS);
    }
    assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKS_BEFORE_KILL);

    // then every acknowledged row is in the reopened store
    Set<Integer> stored = new HashSet<>();
    try (SandboxStore reopened = SandboxStore.open(dir)) {
      reopened.inTransaction(
          c -> {
            try (ResultSet table =
                c.createStatement()
                    .executeQuery(
                        "SELECT 1 FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_NAME = 'CRASH_PROBE'")) {
              if (!table.next()) {
                return null; // even the table was lost: nothing acknowledged is there
              }
            }
            try (ResultSet rows =
                c.createStatement().executeQuery("SELECT id FROM " + CrashWriter.TABLE)) {
              while (rows.next()) {
                stored.add(rows.getInt(1));
              }
            }
            return null;
          });
    }
    assertThat(stored).containsAll(acknowledged);
    assertThat(new File(dir.toFile(), SandboxStore.DATABASE_NAME + ".mv.db")).exists();
  }
}
