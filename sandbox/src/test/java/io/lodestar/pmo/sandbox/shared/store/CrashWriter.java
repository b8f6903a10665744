package io.lodestar.pmo.sandbox.shared.store;

import java.nio.file.Path;

/**
 * Child process of {@link SandboxStoreDurabilityTest}: opens the store in the directory given as
 * the first argument and commits one row per transaction, printing each id after its commit
 * returned, until it is killed (or has written {@value #MAX_ROWS} rows).
 */
final class CrashWriter {

  static final String TABLE = "crash_probe";
  static final int MAX_ROWS = 1_000_000;

  private CrashWriter() {}

  public static void main(String[] args) {
    SandboxStore store = SandboxStore.open(Path.of(args[0]));
    store.inTransaction(
        c -> c.createStatement().execute("CREATE TABLE " + TABLE + " (id INT PRIMARY KEY)"));
    System.out.println("ready");
    System.out.flush();
    for (int id = 1; id <= MAX_ROWS; id++) {
      int row = id;
      store.inTransaction(
          c -> {
            try (var insert = c.prepareStatement("INSERT INTO " + TABLE + " (id) VALUES (?)")) {
              insert.setInt(1, row);
              return insert.executeUpdate();
            }
          });
      System.out.println(row);
      System.out.flush();
    }
  }
}
