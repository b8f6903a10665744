package io.lodestar.pmo.sandbox.shared.server;

import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.importer.JiraImporter;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the data directory to what the command line asked for: wiped when {@code --reset}, the
 * demo portfolio generated when the database holds no project yet (a new directory, or after a
 * reset), then each {@code --import} file loaded through the phase-A importer. An existing
 * directory is opened as it is (and migrated by the store), so restarts keep every change.
 */
final class SandboxData {

  private static final Logger LOG = LoggerFactory.getLogger(SandboxData.class);

  private SandboxData() {}

  /**
   * @return the open store; the caller closes it
   * @throws io.lodestar.pmo.sandbox.shared.store.StoreException when the database cannot be opened
   * @throws io.lodestar.pmo.sandbox.importer.ImportException when an import file is malformed (that
   *     file's records are not kept)
   */
  static SandboxStore prepare(SandboxConfig config) {
    Path directory = config.dataDirectory();
    if (config.reset()) {
      wipe(directory);
    }
    SandboxStore store = SandboxStore.open(directory);
    try {
      String demoState = state(store, DEMO_STATE);
      if (demoState == null && projectCount(store) == 0 && !config.demo()) {
        DemoData.accountsOnly(store);
        setState(store, DEMO_STATE, "declined");
        LOG.info("No demo portfolio (--no-demo): demo accounts only, in {}", directory);
      } else if (demoState == null && projectCount(store) == 0) {
        long started = System.nanoTime();
        LOG.info(
            "Generating the demo portfolio ({} issues, seed {}) in {}",
            config.issues(),
            config.seed(),
            directory);
        DemoData.Summary summary = DemoData.generate(store, config.issues(), config.seed());
        setState(store, DEMO_STATE, "generated");
        LOG.info(
            "Demo portfolio ready in {} ms: {}",
            (System.nanoTime() - started) / 1_000_000,
            summary);
      }
      JiraImporter importer = new JiraImporter(store);
      for (JiraImporter.Result result :
          importer.importAll(config.imports(), config.source(), config.fieldOptions())) {
        if (result.format().equals("options")) {
          LOG.info(
              "Imported the options of {} fields from {} (source {})",
              result.issues(),
              result.file(),
              result.source());
        } else {
          LOG.info(
              "Imported {} issues from {} ({}, source {})",
              result.issues(),
              result.file(),
              result.format(),
              result.source());
        }
        for (String note : result.notes()) {
          LOG.warn("{}: {}", result.file(), note);
        }
      }
      return store;
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  /** Deletes the sandbox database files (only those) in {@code directory}. */
  static void wipe(Path directory) {
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (DirectoryStream<Path> files =
        Files.newDirectoryStream(directory, SandboxStore.DATABASE_NAME + ".*")) {
      for (Path file : files) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reset " + directory + ": " + e.getMessage(), e);
    }
  }

  /** The state entry recording whether the demo was generated or declined. */
  static final String DEMO_STATE = "demo";

  private static String state(SandboxStore store, String key) {
    return store.inTransaction(
        c -> {
          try (var ps =
              c.prepareStatement("SELECT state_value FROM sandbox_state WHERE state_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? rs.getString(1) : null;
            }
          }
        });
  }

  private static void setState(SandboxStore store, String key, String value) {
    store.inTransaction(
        c -> {
          try (var ps =
              c.prepareStatement(
                  "MERGE INTO sandbox_state (state_key, state_value) KEY (state_key) VALUES (?,"
                      + " ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            return ps.executeUpdate();
          }
        });
  }

  private static int projectCount(SandboxStore store) {
    return store.inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM project")) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }
}
