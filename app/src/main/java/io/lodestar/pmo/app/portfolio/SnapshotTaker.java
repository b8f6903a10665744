package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSource;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotStore;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Transactions;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * "Take snapshot now": stores today's snapshot of every node the source names, idempotent per
 * (node, date): a node already snapshot today is left as it is and counted as unchanged, so a
 * second run the same day writes nothing and says so. Audited once per run that wrote something
 * (who, when, how many); a run that changed nothing is not audited (nothing was changed).
 */
public final class SnapshotTaker {

  /** Audit target type of a snapshot run. */
  public static final String AUDIT_TARGET = "portfolio.snapshot";

  static final String AUDIT_ACTION = "lodestar.portfolio.audit.snapshotTaken";

  private final SnapshotSource source;
  private final SnapshotStore store;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  public SnapshotTaker(
      SnapshotSource source,
      SnapshotStore store,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.source = Objects.requireNonNull(source, "source");
    this.store = Objects.requireNonNull(store, "store");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What one run did.
   *
   * @param date the status date
   * @param written snapshots stored by this run
   * @param unchanged nodes already snapshot that day, left as they were
   * @param skipped nodes the source could not snapshot (no profile, no project)
   */
  public record Run(LocalDate date, int written, int unchanged, int skipped) {

    /** Whether the run changed nothing. */
    public boolean changedNothing() {
      return written == 0;
    }
  }

  /** Takes today's snapshots (UTC) as {@code actorKey}. */
  public Run takeNow(String actorKey) {
    Objects.requireNonNull(actorKey, "actorKey");
    LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
    return transactions.inTransaction(
        () -> {
          List<SnapshotNode> nodes = source.nodes();
          int written = 0;
          int unchanged = 0;
          int skipped = 0;
          for (int from = 0; from < nodes.size(); from += SnapshotStore.MAX_KEYS_PER_QUERY) {
            List<SnapshotNode> chunk =
                nodes.subList(
                    from, Math.min(nodes.size(), from + SnapshotStore.MAX_KEYS_PER_QUERY));
            List<SnapshotKey> keys = new ArrayList<>();
            chunk.forEach(n -> keys.add(new SnapshotKey(n, today)));
            Set<SnapshotKey> existing = store.existing(keys);
            for (SnapshotKey key : keys) {
              if (existing.contains(key)) {
                unchanged++;
                continue;
              }
              Optional<MetricSnapshot> s = source.snapshot(key.node(), today);
              if (s.isEmpty()) {
                skipped++;
              } else if (store.putIfAbsent(s.get())) {
                written++;
              } else {
                unchanged++;
              }
            }
          }
          Run run = new Run(today, written, unchanged, skipped);
          if (written > 0) {
            audit.record(
                new AuditEntry(
                    actorKey,
                    AUDIT_ACTION,
                    AUDIT_TARGET,
                    today.toString(),
                    null,
                    written + " written, " + unchanged + " unchanged, " + skipped + " skipped",
                    clock.instant()));
          }
          return run;
        });
  }
}
