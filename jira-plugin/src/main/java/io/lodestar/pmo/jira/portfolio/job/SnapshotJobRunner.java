package io.lodestar.pmo.jira.portfolio.job;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import io.lodestar.pmo.app.shared.security.SettingRows;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotRetention;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSource;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotStore;
import io.lodestar.pmo.engine.shared.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the nightly snapshots: for every node of the {@link SnapshotSource}, the snapshot of the
 * day that ended at midnight (the instance's time zone), then drops what the retention no longer
 * keeps.
 *
 * <ul>
 *   <li><b>Once at a time in the cluster</b>: the scheduler runs the job on one node ({@code
 *       RUN_ONCE_PER_CLUSTER}), and the runner also takes the cluster lock {@value #LOCK} without
 *       waiting; a run that cannot have it (an earlier run still busy on another node) does nothing
 *       and says so.
 *   <li><b>Idempotent</b>: the key ({@link SnapshotKey}: node, date) is checked for a whole batch
 *       in one query and a stored day is skipped; the store's unique key refuses a second write in
 *       any case. A retried run therefore writes only what is missing.
 *   <li><b>Bounded batches</b>: {@code batchSize} nodes per query and per transaction. A batch
 *       commits as a whole or not at all, so a database failure midway leaves the earlier batches
 *       stored and the next run resumes after them. A node whose snapshot cannot be computed is
 *       skipped (logged, counted) and tried again by the next run; the others are not held up.
 *   <li><b>Cancellable</b> between batches, as the scheduler asks.
 * </ul>
 *
 * The retention ({@link SnapshotRetention}) is read from the setting {@value #RETENTION_KEY}; a
 * missing or unreadable setting falls back to {@link SnapshotRetention#DEFAULT} with a warning,
 * since dropping snapshots by a policy nobody chose would lose data.
 */
public final class SnapshotJobRunner implements JobRunner {

  /** The cluster lock's name; not an i18n key. */
  public static final String LOCK = "lodestar.internal.lock.portfolio-snapshot-job";

  /** The retention setting, seeded by the AO upgrade task of model version 2. */
  public static final String RETENTION_KEY = "portfolio.snapshot.retention";

  /** Nodes per batch by default. */
  public static final int DEFAULT_BATCH = 50;

  private static final Logger LOG = LoggerFactory.getLogger(SnapshotJobRunner.class);

  private final SnapshotSource source;
  private final SnapshotStore store;
  private final SettingRows settings;
  private final ClusterLockService locks;
  private final Transactions transactions;
  private final Clock clock;
  private final int batchSize;

  public SnapshotJobRunner(
      SnapshotSource source,
      SnapshotStore store,
      SettingRows settings,
      ClusterLockService locks,
      Transactions transactions) {
    this(source, store, settings, locks, transactions, Clock.systemDefaultZone(), DEFAULT_BATCH);
  }

  SnapshotJobRunner(
      SnapshotSource source,
      SnapshotStore store,
      SettingRows settings,
      ClusterLockService locks,
      Transactions transactions,
      Clock clock,
      int batchSize) {
    this.source = Objects.requireNonNull(source, "source");
    this.store = Objects.requireNonNull(store, "store");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.locks = Objects.requireNonNull(locks, "locks");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (batchSize < 1 || batchSize > SnapshotStore.MAX_KEYS_PER_QUERY) {
      throw new IllegalArgumentException(
          "batchSize must be in [1, " + SnapshotStore.MAX_KEYS_PER_QUERY + "]: " + batchSize);
    }
    this.batchSize = batchSize;
  }

  /** What one run did, for the scheduler's history and the log (admin text, not UI text). */
  record Run(
      LocalDate date,
      int nodes,
      int written,
      int alreadyStored,
      int notSnapshot,
      int failed,
      int dropped,
      boolean cancelled) {
    String summary() {
      return (cancelled ? "cancelled after " : "")
          + nodes
          + " nodes for "
          + date
          + ": "
          + written
          + " written, "
          + alreadyStored
          + " already stored, "
          + notSnapshot
          + " without a snapshot, "
          + failed
          + " failed (retried next run), "
          + dropped
          + " dropped by retention";
    }
  }

  @Override
  public JobRunnerResponse runJob(JobRunnerRequest request) {
    ClusterLock lock = locks.getLockForName(LOCK);
    if (!lock.tryLock()) {
      LOG.info("Lodestar portfolio snapshot: another run holds {}; nothing done", LOCK);
      return JobRunnerResponse.aborted("another run holds the lock " + LOCK + "; nothing done");
    }
    try {
      Run run = run(request);
      LOG.info("Lodestar portfolio snapshot: {}", run.summary());
      return run.cancelled()
          ? JobRunnerResponse.aborted(run.summary())
          : JobRunnerResponse.success(run.summary());
    } catch (RuntimeException e) {
      LOG.error("Lodestar portfolio snapshot failed; the next run resumes where it stopped", e);
      return JobRunnerResponse.failed(e);
    } finally {
      lock.unlock();
    }
  }

  private Run run(JobRunnerRequest request) {
    LocalDate today = LocalDate.now(clock);
    LocalDate date = today.minusDays(1);
    SnapshotRetention retention = retention();
    List<SnapshotNode> nodes = List.copyOf(new LinkedHashSet<>(source.nodes()));
    int written = 0;
    int already = 0;
    int none = 0;
    int failed = 0;
    int dropped = 0;
    for (int from = 0; from < nodes.size(); from += batchSize) {
      if (request.isCancellationRequested()) {
        return new Run(date, nodes.size(), written, already, none, failed, dropped, true);
      }
      List<SnapshotNode> batch = nodes.subList(from, Math.min(nodes.size(), from + batchSize));
      List<SnapshotKey> keys = batch.stream().map(n -> new SnapshotKey(n, date)).toList();
      Set<SnapshotKey> stored = store.existing(keys);
      already += stored.size();
      // compute outside the transaction: a slow or failing node holds no database resources
      List<MetricSnapshot> computed = new ArrayList<>();
      for (SnapshotKey key : keys) {
        if (stored.contains(key)) {
          continue;
        }
        try {
          Optional<MetricSnapshot> snapshot = source.snapshot(key.node(), date);
          if (snapshot.isEmpty()) {
            none++;
          } else if (!snapshot.get().key().equals(key)) {
            throw new IllegalStateException(
                "asked for " + key.canonical() + ", got " + snapshot.get().key().canonical());
          } else {
            computed.add(snapshot.get());
          }
        } catch (RuntimeException e) {
          failed++;
          LOG.warn(
              "Lodestar portfolio snapshot of {} failed; retried next run", key.canonical(), e);
        }
      }
      int batchWritten =
          transactions.inTransaction(
              () -> {
                int n = 0;
                for (MetricSnapshot s : computed) {
                  if (store.putIfAbsent(s)) {
                    n++;
                  }
                }
                return n;
              });
      written += batchWritten;
      already += computed.size() - batchWritten; // stored meanwhile: the unique key refused it
      dropped +=
          transactions.inTransaction(
              () -> {
                int n = 0;
                for (SnapshotNode node : batch) {
                  List<LocalDate> drop = retention.datesToDrop(today, store.dates(node));
                  if (!drop.isEmpty()) {
                    n += store.delete(node, drop);
                  }
                }
                return n;
              });
    }
    return new Run(date, nodes.size(), written, already, none, failed, dropped, false);
  }

  private SnapshotRetention retention() {
    Optional<SettingRows.Row> row = settings.find(RETENTION_KEY);
    if (row.isEmpty() || row.get().value() == null) {
      LOG.warn("Lodestar: no snapshot retention setting {}; keeping the default", RETENTION_KEY);
      return SnapshotRetention.DEFAULT;
    }
    try {
      return SnapshotRetention.parse(row.get().value());
    } catch (IllegalArgumentException e) {
      LOG.warn(
          "Lodestar: snapshot retention setting {} is unreadable ({}); keeping the default",
          RETENTION_KEY,
          e.getMessage());
      return SnapshotRetention.DEFAULT;
    }
  }
}
