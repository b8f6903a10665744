package io.lodestar.pmo.sandbox.shared.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Objects;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.h2.jdbcx.JdbcDataSource;

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
 * <p>Connections: at most {@value #MAX_CONNECTIONS}, opened when first needed and kept open; a
 * transaction takes the most recently returned idle one. A connection goes back to the idle ones
 * after its commit or rollback and is not rolled back again on the way (as H2's own pool does): H2
 * empties a connection's parsed-statement cache on every rollback, so with that pool every
 * statement of every request was parsed and planned anew. One whose rollback failed is closed.
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

  /**
   * Parsed statements H2 keeps per connection (its {@code QUERY_CACHE_SIZE}, default 8), by SQL
   * text. One register request runs some twenty distinct statements and the sandbox a few hundred
   * in all, so with H2's default most would be parsed and planned again on every request (a seventh
   * of a register request's CPU).
   */
  static final int QUERY_CACHE_SIZE = 256;

  /** Longest wait for a connection when all are busy (H2's own pool waited as long). */
  private static final int CHECK_OUT_TIMEOUT_SECONDS = 30;

  private final JdbcDataSource source;
  private final Path dataDirectory;
  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  /** Connections not in a transaction, the most recently returned first. */
  private final BlockingDeque<Connection> idle = new LinkedBlockingDeque<>();

  /** One per connection that may exist: idle or in a transaction. */
  private final Semaphore permits = new Semaphore(MAX_CONNECTIONS);

  private final AtomicLong opened = new AtomicLong();
  private volatile boolean closed;

  private SandboxStore(JdbcDataSource source, Path dataDirectory) {
    this.source = source;
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
            + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;QUERY_CACHE_SIZE="
            + QUERY_CACHE_SIZE
            + ";CACHE_SIZE="
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
    return start(
        "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=" + QUERY_CACHE_SIZE,
        null,
        Migrations.LATEST);
  }

  private static SandboxStore start(String url, Path dir, int target) {
    JdbcDataSource source = new JdbcDataSource();
    source.setURL(url);
    source.setUser("sa");
    source.setPassword("");
    SandboxStore store = new SandboxStore(source, dir);
    try {
      Connection c = store.checkOut();
      boolean healthy = false;
      try {
        Migrations.migrate(c, target);
        healthy = true;
      } finally {
        store.checkIn(c, healthy);
      }
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
    Connection c;
    try {
      c = checkOut();
    } catch (SQLException e) {
      throw new StoreException(e.getMessage(), e);
    }
    boolean healthy = false;
    current.set(c);
    try {
      T result = work.run(c);
      c.commit();
      healthy = true;
      return result;
    } catch (SQLException e) {
      healthy = rollBack(c, e);
      throw new StoreException(e.getMessage(), e);
    } catch (RuntimeException | Error e) {
      healthy = rollBack(c, e);
      throw e;
    } finally {
      current.remove();
      checkIn(c, healthy);
    }
  }

  /**
   * An idle connection (the most recently used first, whose statement cache is warm), or a new one
   * while fewer than {@value #MAX_CONNECTIONS} exist; waits up to {@value
   * #CHECK_OUT_TIMEOUT_SECONDS} s for one otherwise. Always with auto-commit off.
   */
  private Connection checkOut() throws SQLException {
    try {
      if (!permits.tryAcquire(CHECK_OUT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        throw new SQLException(
            "all "
                + MAX_CONNECTIONS
                + " database connections stayed busy for "
                + CHECK_OUT_TIMEOUT_SECONDS
                + " s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a database connection", e);
    }
    try {
      if (closed) {
        throw new SQLException("the sandbox database is closed");
      }
      Connection c = idle.pollFirst();
      while (c != null && c.isClosed()) {
        c = idle.pollFirst();
      }
      if (c == null) {
        c = source.getConnection();
        opened.incrementAndGet();
      }
      if (c.getAutoCommit()) {
        c.setAutoCommit(false);
      }
      return c;
    } catch (SQLException | RuntimeException e) {
      permits.release();
      throw e;
    }
  }

  /**
   * Returns a connection whose transaction ended (committed or rolled back: {@code healthy}); any
   * other is closed. Not rolled back again here: H2 empties a connection's statement cache on every
   * rollback, so a pool that rolls back on return parses every statement anew.
   */
  private void checkIn(Connection c, boolean healthy) {
    try {
      if (healthy && !closed && !c.isClosed()) {
        idle.offerFirst(c);
        c = null;
      }
    } catch (SQLException e) {
      // isClosed failed: the connection is broken, closed below
    } finally {
      permits.release();
      if (c != null) {
        closeQuietly(c);
      }
    }
  }

  /** Rolls back after {@code failure}; false (the connection is not reusable) when that fails. */
  private static boolean rollBack(Connection c, Throwable failure) {
    try {
      c.rollback();
      return true;
    } catch (SQLException rollbackFailed) {
      failure.addSuppressed(rollbackFailed);
      return false;
    }
  }

  private static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException e) {
      // broken already: nothing to release
    }
  }

  /** Connections opened so far (tests: connections are reused, not opened per transaction). */
  long connectionsOpened() {
    return opened.get();
  }

  /** Closes the database (H2 writes its files and releases the directory lock). */
  @Override
  public void close() {
    closed = true;
    try (Connection c = source.getConnection();
        Statement st = c.createStatement()) {
      st.execute("SHUTDOWN");
    } catch (SQLException e) {
      // already closed or never opened: nothing to flush
    } finally {
      for (Connection c = idle.pollFirst(); c != null; c = idle.pollFirst()) {
        closeQuietly(c);
      }
    }
  }
}
