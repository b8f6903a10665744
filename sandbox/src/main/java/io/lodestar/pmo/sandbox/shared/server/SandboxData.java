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
      if (projectCount(store) == 0) {
        long started = System.nanoTime();
        LOG.info(
            "Generating the demo portfolio ({} issues, seed {}) in {}",
            config.issues(),
            config.seed(),
            directory);
        DemoData.Summary summary = DemoData.generate(store, config.issues(), config.seed());
        LOG.info(
            "Demo portfolio ready in {} ms: {}",
            (System.nanoTime() - started) / 1_000_000,
            summary);
      }
      JiraImporter importer = new JiraImporter(store);
      for (Path file : config.imports()) {
        JiraImporter.Result result = importer.importFile(file);
        LOG.info("Imported {} issues from {} ({})", result.issues(), file, result.format());
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
