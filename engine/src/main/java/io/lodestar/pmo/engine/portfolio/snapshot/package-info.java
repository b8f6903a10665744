/**
 * Nightly metric snapshots of projects, programs and portfolios: the values stored per node and
 * date ({@link io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot}), the series that trends,
 * baselines and the S-curve are drawn from ({@link
 * io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries}), which snapshots are kept ({@link
 * io.lodestar.pmo.engine.portfolio.snapshot.SnapshotRetention}), the ports a host implements to
 * compute and store them, and the storage each one costs ({@link
 * io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSizing}).
 */
package io.lodestar.pmo.engine.portfolio.snapshot;
