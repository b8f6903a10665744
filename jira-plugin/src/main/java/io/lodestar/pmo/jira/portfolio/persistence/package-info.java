/**
 * Portfolio data on Active Objects: the project profiles and the nightly metric snapshots (one row
 * per node and date, the key's canonical form unique), and the store behind the engine's {@link
 * io.lodestar.pmo.engine.portfolio.snapshot.SnapshotStore} port.
 */
package io.lodestar.pmo.jira.portfolio.persistence;
