package io.lodestar.pmo.sandbox.shared.store;

import java.nio.file.Path;

/**
 * Child process of {@link SandboxStoreDurabilityTest}: opens the store in the directory given as
 * the first argument and commits one row per transaction from {@value #THREADS} threads (as the
 * sandbox's request threads do), printing each id after its commit returned, until it is killed (or
 * has written {@value #MAX_ROWS} rows per thread).
 */
final class CrashWriter {

  static final String TABLE = "crash_probe";
  static final int MAX_ROWS = 1_000_000;
  static final int THREADS = 4;

  private CrashWriter() {}

  private static void write(SandboxStore store, int first) {
    for (int id = first; id < first + MAX_ROWS; id++) {
      int row = id;
      store.inTransaction(
          c -> {
            try (var insert = c.prepareStatement("INSERT INTO " + TABLE + " (id) VALUES (?)")) {
              insert.setInt(1, row);
              return insert.executeUpdate();
            }
          });
      synchronized (System.out) {
        System.out.println(row);
        System.out.flush();
      }
    }
  }

  public static void main(String[] args) {
    SandboxStore store = SandboxStore.open(Path.of(args[0]));
    store.inTransaction(
        c -> c.createStatement().execute("CREATE TABLE " + TABLE + " (id INT PRIMARY KEY)"));
    System.out.println("ready");
    System.out.flush();
    for (int t = 0; t < THREADS; t++) {
      int first = t * MAX_ROWS + 1;
      Thread writer = new Thread(() -> write(store, first), "writer-" + t);
      writer.start();
    }
  }
}
