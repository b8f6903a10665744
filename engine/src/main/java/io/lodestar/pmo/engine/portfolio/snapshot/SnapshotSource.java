package io.lodestar.pmo.engine.portfolio.snapshot;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port: computes the snapshots the nightly job stores. Implemented by the portfolio layer (from the
 * rollup index, the project profiles, the EVM calculators, the health policy and the register's
 * exposure); the job only decides when, under which lock, in which batches and whether a snapshot
 * already exists.
 *
 * <p>Both methods run as the system, not as a viewer: a snapshot holds every issue of its node.
 * Pages that show snapshots to a viewer must apply the viewer's permissions themselves (a viewer
 * who may not browse a node's project sees no snapshot of it).
 */
public interface SnapshotSource {

  /**
   * The nodes to snapshot, in a stable order (the job resumes a failed run by skipping the nodes
   * already stored, so the order only has to be stable within a night): projects first, then
   * programs, then portfolios, so that a node's rollup can read its children's snapshots of the
   * same date. Bounded by the portfolio configuration (hundreds, never issues).
   *
   * @return the nodes; never null, no duplicates
   */
  List<SnapshotNode> nodes();

  /**
   * The snapshot of {@code node} as of the end of {@code date}.
   *
   * @param node one of {@link #nodes()}
   * @param date the status date
   * @return the snapshot, keyed ({@code node}, {@code date}); empty when the node cannot be
   *     snapshot (a project without a profile, an archived project)
   * @throws RuntimeException when computing failed; the job stops the batch and retries the node on
   *     its next run
   */
  Optional<MetricSnapshot> snapshot(SnapshotNode node, LocalDate date);
}
