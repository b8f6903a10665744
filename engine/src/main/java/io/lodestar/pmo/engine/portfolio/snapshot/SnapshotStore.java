package io.lodestar.pmo.engine.portfolio.snapshot;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Port: where snapshots are kept, at most one per {@link SnapshotKey}. Jira keeps them in an Active
 * Objects table with the key's canonical form as a unique column.
 */
public interface SnapshotStore {

  /**
   * Stores the snapshot unless one with its key exists.
   *
   * @return true when written, false when a snapshot with the same key was already stored (the
   *     stored one is left as it is)
   */
  boolean putIfAbsent(MetricSnapshot snapshot);

  /**
   * Which of {@code keys} are stored, in one query.
   *
   * @param keys at most {@link #MAX_KEYS_PER_QUERY}
   */
  Set<SnapshotKey> existing(Collection<SnapshotKey> keys);

  /**
   * The node's snapshots from {@code from} to {@code to} (both included) in the given currency,
   * ascending, at most {@link SnapshotSeries#MAX_POINTS} (the latest ones when there are more).
   */
  SnapshotSeries series(SnapshotNode node, String currency, LocalDate from, LocalDate to);

  /** The dates of all the node's snapshots, ascending. */
  List<LocalDate> dates(SnapshotNode node);

  /**
   * Deletes the node's snapshots of those dates.
   *
   * @return the number deleted
   */
  int delete(SnapshotNode node, Collection<LocalDate> dates);

  /** The most keys {@link #existing} accepts at once (an SQL IN list stays short). */
  int MAX_KEYS_PER_QUERY = 100;
}
