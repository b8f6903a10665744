package io.lodestar.pmo.engine.portfolio.snapshot;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What one stored snapshot costs in the database, estimated from the text forms a store keeps
 * ({@link SnapshotText}), so that the figure the README quotes follows from the code and not from a
 * guess.
 *
 * <p>A stored row holds: the id (4 bytes), the key's canonical text, the node's canonical text, the
 * ISO date (10), the currency (3), five amounts (BAC, PV, EV, AC, exposure P80) as text, three
 * counts (8 bytes each), points total and done and % complete as text, the health text, the overall
 * letter and a format version (4). Each text column costs its length plus {@value #VARCHAR_HEADER}
 * byte of length header; the row costs {@value #ROW_OVERHEAD} bytes of header (PostgreSQL's 23-byte
 * tuple header and item pointer, rounded up; other databases are smaller), and the three indexes
 * (primary key, unique key, node) cost their key bytes plus {@value #INDEX_ENTRY_OVERHEAD} bytes of
 * entry overhead each.
 *
 * <p>For a typical project ({@code PROJECT:MOBILE@2026-12-03}, amounts of 7 digits and 2 decimals,
 * all seven dimensions rated) that is 346 bytes (see {@code SnapshotSizingTest}): a year of weekly
 * snapshots of 500 projects, 26,000 rows, is 9.0 MB (8,996,000 bytes), and even every nightly
 * snapshot kept for a year (182,500 rows) is 63 MB. The default retention keeps about 80 rows per
 * node for the first year and 12 more per year after it.
 */
public final class SnapshotSizing {

  static final int VARCHAR_HEADER = 1;
  static final int ROW_OVERHEAD = 32;
  static final int INDEX_ENTRY_OVERHEAD = 16;
  private static final int ID = 4;
  private static final int COUNT = 8;
  private static final int FORMAT_VERSION = 4;

  private SnapshotSizing() {}

  /** Estimated bytes of one stored snapshot, table row and index entries. */
  public static int bytesPerSnapshot(MetricSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    String key = snapshot.key().canonical();
    String node = snapshot.node().canonical();
    int row =
        ROW_OVERHEAD
            + ID
            + text(key)
            + text(node)
            + text(snapshot.date().toString())
            + text(snapshot.currency())
            + amount(snapshot.bac())
            + amount(snapshot.pv())
            + amount(snapshot.ev())
            + amount(snapshot.ac())
            + amount(snapshot.exposureP80())
            + 3 * COUNT
            + amount(snapshot.pointsTotal())
            + amount(snapshot.pointsDone())
            + amount(snapshot.percentComplete())
            + text(SnapshotText.rag(snapshot.rag()))
            + text(SnapshotText.rag(snapshot.overall()))
            + FORMAT_VERSION;
    int indexes =
        (INDEX_ENTRY_OVERHEAD + ID)
            + (INDEX_ENTRY_OVERHEAD + text(key))
            + (INDEX_ENTRY_OVERHEAD + text(node));
    return row + indexes;
  }

  /** Estimated bytes of {@code nodes × snapshotsPerNode} snapshots like {@code typical}. */
  public static long bytes(MetricSnapshot typical, int nodes, int snapshotsPerNode) {
    if (nodes < 0 || snapshotsPerNode < 0) {
      throw new IllegalArgumentException("nodes and snapshotsPerNode must not be negative");
    }
    return (long) bytesPerSnapshot(typical) * nodes * snapshotsPerNode;
  }

  private static int text(String value) {
    return value == null ? 0 : VARCHAR_HEADER + value.length();
  }

  private static int amount(BigDecimal value) {
    return text(SnapshotText.amount(value));
  }
}
