package io.lodestar.pmo.sandbox.shared.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The sandbox's embedded H2 database: a file database {@code lodestar.mv.db} in a data directory
 * that survives restarts, brought to the latest schema by {@link Migrations} when opened. Every
 * store and host-port implementation of the sandbox works through {@link #inTransaction}.
 *
 * <p>Transactions: {@link #inTransaction} runs its work on one connection with auto-commit off and
 * commits at the end or rolls back on any exception, so nothing is half-written. A call made while
 * the same thread is already inside a transaction joins it (so that, for example, a setting change
 * and its audit entry commit together).
 *
 * <p>Durability: a file store is opened with {@code WRITE_DELAY=0}. H2's default (MVStore
 * auto-commit delay of about a second) keeps committed transactions in the JVM and writes them to
 * the file from a background thread, so a killed JVM lost writes that had already answered 2xx.
 * With no delay, H2 writes the store's changes to the file when a transaction ends, before {@link
 * #inTransaction} returns: a commit survives {@code kill -9} of the JVM (the operating system keeps
 * what was written; a power cut would need an fsync, which the sandbox does not ask for).
 *
 * <p>Default data directory: {@code ~/.lodestar-sandbox} ({@link #defaultDataDirectory()}); the
 * server's {@code --data DIR} flag overrides it.
 */
public final class SandboxStore implements AutoCloseable {

  /** Name of the database files inside the data directory. */
  public static final String DATABASE_NAME = "lodestar";

  private static final int MAX_CONNECTIONS = 16;

  private final JdbcConnectionPool pool;
  private final Path dataDirectory;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  private SandboxStore(JdbcConnectionPool pool, Path dataDirectory) {
    this.pool = pool;
    this.dataDirectory = dataDirectory;
  }

  /** {@code ~/.lodestar-sandbox}: where the sandbox keeps its data unless told otherwise. */
  public static Path defaultDataDirectory() {
    return Path.of(System.getProperty("user.home"), ".lodestar-sandbox");
  }

  /**
   * Opens (creating when needed) the database in {@code dataDirectory} and migrates it to {@link
   * Migrations#LATEST}.
   *
   * @throws StoreException when the directory cannot be created, the database is in use by another
   *     process, or a migration fails
   */
  public static SandboxStore open(Path dataDirectory) {
    return open(dataDirectory, Migrations.LATEST);
  }

  /** Like {@link #open(Path)}, stopping at schema version {@code target} (upgrade tests). */
  static SandboxStore open(Path dataDirectory, int target) {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    Path dir = dataDirectory.toAbsolutePath().normalize();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + dir, e);
    }
    String url =
        "jdbc:h2:file:"
            + dir.resolve(DATABASE_NAME)
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;CACHE_SIZE="
            + cacheSizeKb(Runtime.getRuntime().maxMemory());
    return start(url, dir, target);
  }

  /**
   * H2's page cache in KiB: a quarter of the heap, between H2's default 64 MiB and 512 MiB. With
   * the default, a register walk over 1,000,000 issues spends most of its time re-reading pages
   * evicted by the previous walk.
   */
  static long cacheSizeKb(long maxHeapBytes) {
    long quarter = maxHeapBytes / 4 / 1024;
    return Math.max(64L * 1024, Math.min(512L * 1024, quarter));
  }

  /**
   * A private in-memory database, migrated to the latest schema: for tests. Each {@code name} is a
   * separate database that lives until {@link #close()}.
   */
  public static SandboxStore inMemory(String name) {
    return start("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", null, Migrations.LATEST);
  }

  private static SandboxStore start(String url, Path dir, int target) {
    JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
    pool.setMaxConnections(MAX_CONNECTIONS);
    SandboxStore store = new SandboxStore(pool, dir);
    try (Connection c = pool.getConnection()) {
      Migrations.migrate(c, target);
    } catch (SQLException | RuntimeException e) {
      store.close();
      throw new StoreException(
          "cannot open the sandbox database " + url + ": " + e.getMessage(), e);
    }
    return store;
  }

  /** The data directory; null for an in-memory store. */
  public Path dataDirectory() {
    return dataDirectory;
  }

  /** The schema version of the open database. */
  public int schemaVersion() {
    return inTransaction(Migrations::version);
  }

  /**
   * Runs {@code work} in a transaction (joining the thread's current one, if any).
   *
   * @throws StoreException wrapping an {@link SQLException}; runtime exceptions pass unchanged;
   *     either way the transaction is rolled back (the outermost one, when joined)
   */
  public <T> T inTransaction(SqlWork<T> work) {
    Connection joined = current.get();
    if (joined != null) {
      try {
        return work.run(joined);
      } catch (SQLException e) {
        throw new StoreException(e.getMessage(), e);
      }
    }
    try (Connection c = pool.getConnection()) {
      c.setAutoCommit(false);
      current.set(c);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException | Error e) {
        c.rollback();
        if (e instanceof SQLException sql) {
          throw new StoreException(sql.getMessage(), sql);
        }
        throw e;
      } finally {
        current.remove();
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
  }

  /** Closes the database (H2 writes its files and releases the directory lock). */
  @Override
  public void close() {
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    } catch (SQLException e) {
      // already closed or never opened: nothing to flush
    } finally {
      pool.dispose();
    }
  }
}
